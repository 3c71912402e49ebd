package se.regionjh.reservrutin.routines;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.publication.delivery.DeliveryException;
import se.regionjh.reservrutin.system.OwnMail;
import se.regionjh.reservrutin.publication.delivery.DeliveryOutbox;
import se.regionjh.reservrutin.publication.delivery.NoticeSender;
import se.regionjh.reservrutin.publication.mail.MailSending;
import se.regionjh.reservrutin.system.Times;

/**
 * Routine notices go through the delivery outbox. {@link #send} only writes,
 * in the transaction of the process step: one routine_notice row per
 * recipient (what was said to whom) and its delivery (state, attempts; "ej
 * konfigurerad" without spring.mail.host). So a mail server that is down never
 * fails the step. Each recipient's e-mail is then sent by its own retried
 * delivery job through {@link #deliver}, and a recipient already mailed is not
 * mailed again when another recipient's mail is retried.
 */
@Component
class MailRoutineNotifier implements RoutineNotifier, NoticeSender {

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final DeliveryOutbox outbox;

	private final String from;

	MailRoutineNotifier(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, DeliveryOutbox outbox,
			@Value("${reservrutin.mail.functional-mailbox}") String from) {
		this.jdbc = jdbc;
		this.mailSender = mailSender;
		this.outbox = outbox;
		this.from = from;
	}

	@Override
	public void send(Notice notice) {
		boolean configured = this.mailSender.getIfAvailable() != null;
		for (String recipient : notice.recipients()) {
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.sql("insert into routine_notice (created_at, kind, recipient, subject, body, reference) "
					+ "values (:now, :kind, :recipient, :subject, :body, :reference)")
				.param("now", Times.utc(Times.now()))
				.param("kind", notice.kind().name())
				.param("recipient", recipient)
				.param("subject", notice.subject())
				.param("body", notice.body())
				.param("reference", notice.reference())
				.update(keys, "id");
			this.outbox.enqueueNotice(keys.getKey().longValue(), recipient, configured);
		}
	}

	@Override
	public void deliver(long routineNoticeId, String recipient) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			throw DeliveryException.permanent("No SMTP server is configured (spring.mail.host)", null);
		}
		StoredNotice notice = this.jdbc.sql("select subject, body from routine_notice where id = :id")
			.param("id", routineNoticeId)
			.query(StoredNotice.class)
			.optional()
			.orElseThrow(() -> DeliveryException.permanent("Routine notice " + routineNoticeId + " does not exist",
					null));
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(MailSending.address("From", this.from));
			helper.setTo(MailSending.address("To", recipient));
			helper.setSubject(MailSending.singleLine("Subject", notice.subject()));
			helper.setText(notice.body());
			// No person wrote it; the mailbox poller does not take it in.
			OwnMail.mark(message, this.from);
		}
		catch (MessagingException ex) {
			throw DeliveryException.permanent("Cannot build the e-mail to " + recipient + ": " + ex.getMessage(), ex);
		}
		MailSending.send(sender, message, recipient);
	}

	private record StoredNotice(String subject, String body) {
	}

}
