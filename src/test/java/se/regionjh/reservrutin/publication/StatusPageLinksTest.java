package se.regionjh.reservrutin.publication;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links that leave the application (mail, Teams, feeds) need its public
 * address. Outside the demo profile a start without one is refused with a
 * message naming the variable to set, instead of mailing links to
 * localhost; the demo run keeps http://localhost:8080.
 */
class StatusPageLinksTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Links.class);

	@Test
	void withoutAnAddressOutsideTheDemoTheStartIsRefusedNamingTheVariable() {
		this.runner.withInitializer((context) -> add(context, "application.yaml")).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("RESERVRUTIN_BASE_URL");
		});
	}

	@Test
	void theDemoRunLinksToLocalhost() {
		this.runner.withInitializer((context) -> {
			add(context, "application.yaml");
			add(context, "application-demo.yaml");
		}).run((context) -> assertThat(context.getBean(StatusPageLinks.class).outage("DS-2026-0001"))
			.isEqualTo("http://localhost:8080/driftinformation/DS-2026-0001"));
	}

	@Test
	void aGivenAddressIsUsedWithoutADoubleSlash() {
		this.runner.withPropertyValues("reservrutin.links.base-url=https://reservrutin.regionjh.se/")
			.run((context) -> assertThat(context.getBean(StatusPageLinks.class).statusPage())
				.isEqualTo("https://reservrutin.regionjh.se/driftinformation"));
	}

	@Test
	void anAddressThatIsNotAnAbsoluteWebAddressIsRefused() {
		for (String address : List.of("reservrutin.regionjh.se", "ftp://reservrutin.regionjh.se", "/reservrutin")) {
			this.runner.withPropertyValues("reservrutin.links.base-url=" + address).run((context) -> {
				assertThat(context).as(address).hasFailed();
				assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("RESERVRUTIN_BASE_URL");
			});
		}
	}

	/** Adds one of the application's own configuration files, last one first in precedence. */
	private static void add(org.springframework.context.ConfigurableApplicationContext context, String file) {
		try {
			List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
			sources.forEach((source) -> context.getEnvironment().getPropertySources().addFirst(source));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(StatusPageLinks.class)
	static class Links {

	}

}
