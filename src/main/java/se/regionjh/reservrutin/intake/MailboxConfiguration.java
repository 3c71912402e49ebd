package se.regionjh.reservrutin.intake;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import se.regionjh.reservrutin.publication.mail.PublicationMailProperties;

/** Polls the functional mailbox when {@code reservrutin.mailbox.enabled} is true. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "reservrutin.mailbox", name = "enabled", havingValue = "true")
class MailboxConfiguration {

	@Bean
	MailboxPoller mailboxPoller(MailboxProperties properties, MailIntake intake, MailboxHealth health,
			PublicationMailProperties mail) {
		return new MailboxPoller(properties, intake, health,
				java.util.stream.Stream.of(mail.functionalMailbox(), mail.from()).filter(java.util.Objects::nonNull)
					.filter((address) -> !address.isBlank())
					.toList());
	}

}
