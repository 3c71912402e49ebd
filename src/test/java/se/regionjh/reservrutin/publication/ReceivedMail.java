package se.regionjh.reservrutin.publication;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** What a recipient reads in a mail the test SMTP server received. */
public final class ReceivedMail {

	private ReceivedMail() {
	}

	/** The first recipient. */
	public static String to(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The first value of the header. */
	public static String header(MimeMessage message, String name) {
		try {
			return message.getHeader(name)[0];
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The first body part of the given type, anywhere in the MIME tree, or null. */
	public static String part(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String found = part(body, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
