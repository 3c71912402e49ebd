package se.regionjh.reservrutin.publication.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

import se.regionjh.reservrutin.publication.delivery.DeliveryException;

/**
 * What every e-mail the application sends has in common, for the delivery
 * jobs: safe header values, and the SMTP server's answer told apart as worth a
 * retry (not taken, authentication) or not (refused).
 */
public final class MailSending {

	private MailSending() {
	}

	/** Refuses CR and LF in a header value: they would start a new header. */
	public static String singleLine(String header, String value) {
		if (value == null || value.isBlank()) {
			throw DeliveryException.permanent("E-mail header " + header + " is empty", null);
		}
		if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
			throw DeliveryException.permanent("E-mail header " + header
					+ " contains a line break (CR/LF) and was not sent; header injection is refused", null);
		}
		return value;
	}

	public static InternetAddress address(String header, String value) {
		try {
			return new InternetAddress(singleLine(header, value), true);
		}
		catch (AddressException ex) {
			throw DeliveryException.permanent("E-mail header " + header + " has an invalid address: "
					+ ex.getMessage(), ex);
		}
	}

	public static void send(JavaMailSender sender, MimeMessage message, String recipient) {
		try {
			sender.send(message);
		}
		catch (MailSendException | MailAuthenticationException ex) {
			throw DeliveryException.transientFailure("SMTP server did not take the e-mail to " + recipient + ": "
					+ ex.getMessage(), ex);
		}
		catch (MailException ex) {
			throw DeliveryException.permanent("E-mail to " + recipient + " refused: " + ex.getMessage(), ex);
		}
	}

}
