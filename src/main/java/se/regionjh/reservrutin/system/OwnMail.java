package se.regionjh.reservrutin.system;

import java.util.Locale;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Marks every e-mail this application sends so that the mailbox poller, which
 * reads the functional mailbox the reminders go to, never takes one in as a
 * fault report: {@code Auto-Submitted: auto-generated} (RFC 3834), and a
 * Message-ID whose local part carries {@link #MARK} (kept when a relay strips
 * the header). Spring's JavaMailSender keeps a Message-ID set before sending.
 */
public final class OwnMail {

	static final String MARK = ".reservrutin-1177@";

	private OwnMail() {
	}

	/** Call while building the message; {@code senderAddress} gives the Message-ID's domain. */
	public static void mark(MimeMessage message, String senderAddress) throws MessagingException {
		message.setHeader("Auto-Submitted", "auto-generated");
		message.setHeader("Message-ID", "<" + UUID.randomUUID() + MARK + domainOf(senderAddress) + ">");
	}

	/** Whether a Message-ID is one this application gave. */
	public static boolean isOwn(String messageId) {
		return messageId != null && messageId.toLowerCase(Locale.ROOT).contains(MARK);
	}

	private static String domainOf(String address) {
		int at = (address != null) ? address.lastIndexOf('@') : -1;
		String domain = (at >= 0) ? address.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "") : "";
		return domain.isEmpty() ? "localhost" : domain.toLowerCase(Locale.ROOT);
	}

}
