package se.regionjh.reservrutin.intake;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Polls the functional mailbox when {@code reservrutin.mailbox.enabled} is true. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "reservrutin.mailbox", name = "enabled", havingValue = "true")
class MailboxConfiguration {

	@Bean
	MailboxPoller mailboxPoller(MailboxProperties properties, MailIntake intake, MailboxHealth health) {
		return new MailboxPoller(properties, intake, health);
	}

}
