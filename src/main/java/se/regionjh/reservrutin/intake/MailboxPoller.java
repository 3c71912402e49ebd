package se.regionjh.reservrutin.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.NotTerm;
import jakarta.mail.search.SearchTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import se.regionjh.reservrutin.system.OwnMail;

/**
 * Reads the functional mailbox over IMAP. Each poll takes in the mail not yet
 * marked as taken in, then marks it (keyword and \Seen, or a move to the
 * processed folder). The mark is only a filter: {@code intake_message} decides
 * what was taken in, so a mail marked late is not taken in twice. An
 * unreachable mailbox is logged and reported by the health indicator, and the
 * next poll tries again.
 */
class MailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	private final MailboxProperties properties;

	private final MailIntake intake;

	private final MailboxHealth health;

	/** This application's own sender addresses (the functional mailbox, the publication sender). */
	private final List<String> ownAddresses;

	MailboxPoller(MailboxProperties properties, MailIntake intake, MailboxHealth health, List<String> ownAddresses) {
		this.ownAddresses = ownAddresses.stream().map((a) -> a.strip().toLowerCase(java.util.Locale.ROOT)).toList();
		this.properties = properties;
		this.intake = intake;
		this.health = health;
	}

	@Scheduled(initialDelayString = "${reservrutin.mailbox.initial-delay:PT10S}",
			fixedDelayString = "${reservrutin.mailbox.poll-interval:PT1M}")
	void scheduledPoll() {
		poll();
	}

	/**
	 * Why a mail is automatic and must not become a fault report, or null. RFC 3834:
	 * {@code Auto-Submitted} other than "no" marks mail no person wrote, such as
	 * this application's own reminders (which go to the mailbox it reads) and
	 * out-of-office replies. Inera's notices are often sent by its system with
	 * "auto-generated" and are still taken in; automatic replies never are. Mail
	 * with this application's Message-ID mark or from its own sender address is
	 * its own, even when a relay dropped the header.
	 */
	private String automatic(Message message, IncomingMail mail) {
		if (OwnMail.isOwn(mail.messageId())) {
			return "this application's own mail (Message-ID " + mail.messageId() + ")";
		}
		if (mail.sender() != null && this.ownAddresses.contains(mail.sender().strip().toLowerCase(java.util.Locale.ROOT))) {
			return "sent from this application's own address " + mail.sender();
		}
		String autoSubmitted;
		try {
			String[] header = message.getHeader("Auto-Submitted");
			autoSubmitted = (header != null && header.length > 0) ? header[0].strip().toLowerCase(java.util.Locale.ROOT)
					: null;
		}
		catch (MessagingException ex) {
			return null;
		}
		if (autoSubmitted == null || autoSubmitted.startsWith("no")) {
			return null;
		}
		if (autoSubmitted.startsWith("auto-replied")) {
			return "an automatic reply (Auto-Submitted: " + autoSubmitted + ")";
		}
		if (this.properties.isIneraSender(mail.sender())) {
			return null;
		}
		return "automatic mail (Auto-Submitted: " + autoSubmitted + ")";
	}

	/** One poll; answers how many mails were taken in (duplicates not counted). */
	int poll() {
		Instant started = Instant.now();
		Store store = null;
		Folder folder = null;
		try {
			store = Session.getInstance(sessionProperties()).getStore(this.properties.ssl() ? "imaps" : "imap");
			store.connect(this.properties.host(), this.properties.port(), this.properties.user(),
					this.properties.password());
			folder = store.getFolder(this.properties.folder());
			folder.open(Folder.READ_WRITE);
			boolean keywords = folder.getPermanentFlags().contains(Flags.Flag.USER);
			Message[] waiting = folder.search(notTakenIn(keywords));
			List<Message> batch = Arrays.asList(waiting)
				.subList(0, Math.min(waiting.length, this.properties.maxMessagesPerPoll()));
			List<Message> done = new ArrayList<>();
			int taken = 0;
			RuntimeException intakeFailure = null;
			for (Message message : batch) {
				IncomingMail mail = MailReader.read(message);
				String automatic = automatic(message, mail);
				if (automatic != null) {
					log.info("Ignored mail {} from {}: {}; not taken in", mail.messageId(), mail.sender(), automatic);
					mark(message, keywords);
					done.add(message);
					continue;
				}
				MailIntake.Taken result;
				try {
					result = this.intake.take(mail, this.properties.isIneraSender(mail.sender()));
				}
				catch (RuntimeException ex) {
					// Not even the error could be recorded (database away): leave the mail for the next poll.
					intakeFailure = ex;
					log.error("Could not record mail {}; it stays unmarked for the next poll", mail.messageId(), ex);
					break;
				}
				if (result.duplicate()) {
					log.info("Mail {} was taken in before; marking it again", mail.messageId());
				}
				else {
					taken++;
					log.info("Took in mail {} from {} as {}", mail.messageId(), mail.sender(), result.outcome());
				}
				mark(message, keywords);
				done.add(message);
			}
			moveToProcessed(store, folder, done);
			if (intakeFailure != null) {
				this.health.failed(started, intakeFailure);
			}
			else {
				this.health.reachable(started, taken, waiting.length - batch.size());
			}
			return taken;
		}
		catch (MessagingException | RuntimeException ex) {
			log.warn("Polling the functional mailbox {}:{} failed; trying again at the next poll: {}",
					this.properties.host(), this.properties.port(), ex.toString());
			this.health.failed(started, ex);
			return 0;
		}
		finally {
			close(folder, store);
		}
	}

	private SearchTerm notTakenIn(boolean keywords) {
		Flags flag = keywords ? new Flags(this.properties.processedKeyword()) : new Flags(Flags.Flag.SEEN);
		return new NotTerm(new FlagTerm(flag, true));
	}

	private void mark(Message message, boolean keywords) throws MessagingException {
		if (keywords) {
			message.setFlags(new Flags(this.properties.processedKeyword()), true);
		}
		if (this.properties.markSeen() || !keywords) {
			message.setFlag(Flags.Flag.SEEN, true);
		}
	}

	private void moveToProcessed(Store store, Folder folder, List<Message> done) throws MessagingException {
		String target = this.properties.processedFolder();
		if (target == null || target.isBlank() || done.isEmpty()) {
			return;
		}
		Folder processed = store.getFolder(target);
		if (!processed.exists()) {
			processed.create(Folder.HOLDS_MESSAGES);
		}
		Message[] messages = done.toArray(Message[]::new);
		folder.copyMessages(messages, processed);
		folder.setFlags(messages, new Flags(Flags.Flag.DELETED), true);
		folder.expunge();
	}

	private Properties sessionProperties() {
		String protocol = this.properties.ssl() ? "imaps" : "imap";
		String timeout = String.valueOf(this.properties.timeout().toMillis());
		Properties session = MailReader.mimeProperties();
		session.put("mail." + protocol + ".connectiontimeout", timeout);
		session.put("mail." + protocol + ".timeout", timeout);
		session.put("mail." + protocol + ".writetimeout", timeout);
		if (this.properties.ssl()) {
			session.put("mail.imaps.ssl.checkserveridentity", "true");
		}
		else if (this.properties.starttls()) {
			session.put("mail.imap.starttls.enable", "true");
			session.put("mail.imap.starttls.required", "true");
		}
		return session;
	}

	private static void close(Folder folder, Store store) {
		try {
			if (folder != null && folder.isOpen()) {
				folder.close(false);
			}
		}
		catch (MessagingException ex) {
			log.debug("Closing the mailbox folder failed", ex);
		}
		try {
			if (store != null) {
				store.close();
			}
		}
		catch (MessagingException ex) {
			log.debug("Closing the mailbox connection failed", ex);
		}
	}

}
