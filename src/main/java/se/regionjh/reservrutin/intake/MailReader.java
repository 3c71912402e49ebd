package se.regionjh.reservrutin.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns an IMAP message into an {@link IncomingMail}. Headers are read first,
 * so a mail whose body cannot be decoded is still recorded under its
 * Message-ID with its raw source.
 */
final class MailReader {

	/** Enough for any notice; a larger body is cut, and the cut is said in the text. */
	static final int MAX_TEXT = 200_000;

	private MailReader() {
	}

	/**
	 * How mail is parsed: headers sent as raw UTF-8 (RFC 6532, as Exchange and
	 * Inera's systems may) are read as UTF-8, so "Inställt" in a subject stays
	 * "Inställt"; encoded (RFC 2047) and ASCII headers read as before.
	 */
	static java.util.Properties mimeProperties() {
		java.util.Properties properties = new java.util.Properties();
		properties.put("mail.mime.allowutf8", "true");
		return properties;
	}

	static IncomingMail read(Message message) throws MessagingException {
		String messageId = messageId(message);
		String sender = sender(message);
		String subject = message.getSubject();
		var sentDate = message.getSentDate();
		java.time.Instant sentAt = (sentDate != null) ? sentDate.toInstant() : null;
		try {
			String text = text(message);
			return new IncomingMail(messageId, sender, subject, sentAt, cut((text != null) ? text.strip() : ""), null);
		}
		catch (IOException | MessagingException | RuntimeException ex) {
			return new IncomingMail(messageId, sender, subject, sentAt, raw(message),
					ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private static String messageId(Message message) throws MessagingException {
		String id = (message instanceof MimeMessage mime) ? mime.getMessageID() : null;
		if (id != null && !id.isBlank()) {
			return (id.length() > 500) ? id.substring(0, 500) : id.strip();
		}
		Folder folder = message.getFolder();
		if (folder instanceof UIDFolder uids) {
			return "<uid-" + uids.getUIDValidity() + "-" + uids.getUID(message) + "@" + folder.getFullName()
					+ ".reservrutin>";
		}
		return "<msgnum-" + message.getMessageNumber() + "-" + message.getSentDate() + "@reservrutin>";
	}

	private static String sender(Message message) {
		try {
			Address[] from = message.getFrom();
			if (from != null && from.length > 0) {
				return (from[0] instanceof InternetAddress address && address.getAddress() != null)
						? address.getAddress().toLowerCase(Locale.ROOT) : from[0].toString();
			}
		}
		catch (MessagingException ex) {
			// an unparseable From header: the raw header below
		}
		try {
			String[] raw = message.getHeader("From");
			return (raw != null && raw.length > 0) ? raw[0] : null;
		}
		catch (MessagingException ex) {
			return null;
		}
	}

	/** The text/plain part, else the text of the HTML part. */
	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return String.valueOf(part.getContent());
		}
		if (part.isMimeType("text/html")) {
			return html(String.valueOf(part.getContent()));
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			String html = null;
			for (int i = 0; i < multipart.getCount(); i++) {
				Part child = multipart.getBodyPart(i);
				if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
					continue;
				}
				if (child.isMimeType("text/plain") || child.isMimeType("multipart/*")) {
					String text = text(child);
					if (text != null) {
						return text;
					}
				}
				else if (child.isMimeType("text/html") && html == null) {
					html = text(child);
				}
			}
			return html;
		}
		if (part.isMimeType("message/rfc822")) {
			return text((Part) part.getContent());
		}
		return null;
	}

	private static String html(String html) {
		String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
			.replaceAll("(?i)<br\\s*/?>|</p>|</div>|</tr>|</li>|</h\\d>", "\n")
			.replaceAll("<[^>]+>", " ");
		return HtmlUtils.htmlUnescape(text).replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n *", "\n");
	}

	/** As much of the raw source as can be read: kept so the mail is never lost. */
	private static String raw(Message message) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (message instanceof MimeMessage mime) {
				try (InputStream in = mime.getRawInputStream()) {
					in.transferTo(out);
				}
			}
			else {
				message.writeTo(out);
			}
		}
		catch (IOException | MessagingException ex) {
			// keep what was read
		}
		return cut(out.toString(StandardCharsets.UTF_8));
	}

	private static String cut(String text) {
		return (text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) + "\n[… avkortad]" : text;
	}

}
