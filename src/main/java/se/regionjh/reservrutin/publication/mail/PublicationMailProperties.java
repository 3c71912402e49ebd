package se.regionjh.reservrutin.publication.mail;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Addresses for outgoing e-mail. The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} every e-mail
 * delivery is recorded as not configured.
 *
 * @param functionalMailbox management's functional mailbox (FBL)
 * @param ineraAddress Inera's service desk; blank: requests to Inera are not configured
 * @param from sender address; the FBL when blank
 */
@Validated
@ConfigurationProperties("reservrutin.mail")
public record PublicationMailProperties(@NotBlank @Email String functionalMailbox, @Email String ineraAddress,
		@Email String from) {

	String sender() {
		return (this.from == null || this.from.isBlank()) ? this.functionalMailbox : this.from;
	}

	boolean hasIneraAddress() {
		return this.ineraAddress != null && !this.ineraAddress.isBlank();
	}

}
