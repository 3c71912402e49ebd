package se.regionjh.reservrutin.publication.statuspage;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The periodic snapshot refresh needs Spring's scheduler.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class StatusPageConfiguration {

}
