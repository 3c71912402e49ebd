package se.regionjh.reservrutin.intake;

import java.time.Instant;

/**
 * One mail from the functional mailbox, read into plain values.
 *
 * @param messageId the Message-ID header, or an id derived from the IMAP UID when the mail has none
 * @param sender the From address, lower case
 * @param subject decoded subject
 * @param sentAt the Date header, when present
 * @param text the text body; when it could not be read, the raw source as far as it could be read
 * @param readError why the body could not be read, or null
 */
record IncomingMail(String messageId, String sender, String subject, Instant sentAt, String text, String readError) {

	boolean readable() {
		return this.readError == null;
	}

}
