package se.regionjh.reservrutin.intake;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The functional mailbox (FBL) that the application reads over IMAP.
 *
 * @param enabled poll at all; off by default
 * @param host IMAP server
 * @param port IMAP port (993 with SSL, 143 without)
 * @param ssl IMAPS (implicit TLS); without it STARTTLS is required unless {@code starttls} is off
 * @param starttls require STARTTLS on a plain connection (only for test servers turn it off)
 * @param user account
 * @param password from the environment only (RESERVRUTIN_MAILBOX_PASSWORD)
 * @param folder the folder read
 * @param processedFolder when set, taken-in mail is moved here; otherwise it stays and is flagged
 * @param processedKeyword IMAP keyword set on mail taken in, so mail a person has already read is still taken in
 * @param markSeen also set \Seen on mail taken in
 * @param pollInterval pause between polls
 * @param initialDelay pause before the first poll after start-up
 * @param timeout connect and read timeout
 * @param maxMessagesPerPoll at most this many mails per poll; the rest wait for the next
 * @param ineraSenders addresses ({@code driftinfo@inera.se}) or domains ({@code @inera.se}) whose mail is an
 * Inera notice
 */
@Validated
@ConfigurationProperties("reservrutin.mailbox")
record MailboxProperties(@DefaultValue("false") boolean enabled, String host,
		@DefaultValue("993") @Min(1) @Max(65535) int port, @DefaultValue("true") boolean ssl,
		@DefaultValue("true") boolean starttls, String user, String password,
		@DefaultValue("INBOX") @NotBlank String folder, String processedFolder,
		@DefaultValue("ReservrutinIntaget") @Pattern(regexp = "[A-Za-z0-9_-]+") String processedKeyword,
		@DefaultValue("true") boolean markSeen, @DefaultValue("PT1M") @NotNull Duration pollInterval,
		@DefaultValue("PT10S") @NotNull Duration initialDelay,
		@DefaultValue("PT20S") @NotNull Duration timeout, @DefaultValue("50") @Min(1) int maxMessagesPerPoll,
		@DefaultValue("@inera.se") List<String> ineraSenders) {

	MailboxProperties {
		if (enabled && (host == null || host.isBlank())) {
			throw new IllegalArgumentException("reservrutin.mailbox.host is required when the mailbox is enabled");
		}
		ineraSenders = (ineraSenders != null)
				? ineraSenders.stream().map((s) -> s.strip().toLowerCase(Locale.ROOT)).filter((s) -> !s.isEmpty()).toList()
				: List.of();
	}

	/** Whether mail from this address is Inera's: an exact address or a domain given as {@code @domain}. */
	boolean isIneraSender(String address) {
		if (address == null) {
			return false;
		}
		String sender = address.strip().toLowerCase(Locale.ROOT);
		return this.ineraSenders.stream()
			.anyMatch((entry) -> entry.startsWith("@") ? sender.endsWith(entry) : sender.equals(entry));
	}

}
