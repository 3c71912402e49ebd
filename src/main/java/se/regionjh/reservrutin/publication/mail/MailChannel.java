package se.regionjh.reservrutin.publication.mail;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.outage.Publication;
import se.regionjh.reservrutin.publication.delivery.ChannelAdapter;
import se.regionjh.reservrutin.publication.delivery.DeliveryChannel;
import se.regionjh.reservrutin.publication.delivery.DeliveryException;
import se.regionjh.reservrutin.system.OwnMail;

/**
 * Sends publications by e-mail, one message per recipient (so one bad address
 * fails alone), as HTML with a plain-text alternative from templates. Header
 * values are checked for line breaks before anything is sent: user text in a
 * subject can never add a header.
 */
@Component
class MailChannel implements ChannelAdapter {

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailRecipients recipients;

	private final MailTemplates templates;

	private final OutageJournal journal;

	private final PublicationMailProperties properties;

	MailChannel(ObjectProvider<JavaMailSender> mailSender, MailRecipients recipients, MailTemplates templates,
			OutageJournal journal, PublicationMailProperties properties) {
		this.mailSender = mailSender;
		this.recipients = recipients;
		this.templates = templates;
		this.journal = journal;
		this.properties = properties;
	}

	@Override
	public DeliveryChannel channel() {
		return DeliveryChannel.EMAIL;
	}

	@Override
	public List<Target> targets(Publication publication) {
		boolean smtp = this.mailSender.getIfAvailable() != null;
		return this.recipients.of(publication)
			.stream()
			.map((address) -> new Target(address, smtp && !MailRecipients.INERA_NOT_CONFIGURED.equals(address)))
			.toList();
	}

	@Override
	public void deliver(Publication publication, String recipient) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			throw DeliveryException.permanent("No SMTP server is configured (spring.mail.host)", null);
		}
		Outage outage = this.journal.require(publication.outageId());
		MailTemplates.Rendered content = this.templates.render(publication, outage);
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
					"UTF-8");
			helper.setFrom(MailSending.address("From", this.properties.sender()));
			helper.setReplyTo(MailSending.address("Reply-To", this.properties.functionalMailbox()));
			helper.setTo(MailSending.address("To", recipient));
			helper.setSubject(MailSending.singleLine("Subject", publication.subject()));
			helper.setText(content.text(), content.html());
			OwnMail.mark(message, this.properties.sender());
		}
		catch (MessagingException ex) {
			throw DeliveryException.permanent("Cannot build the e-mail to " + recipient + ": " + ex.getMessage(), ex);
		}
		MailSending.send(sender, message, recipient);
	}

}
