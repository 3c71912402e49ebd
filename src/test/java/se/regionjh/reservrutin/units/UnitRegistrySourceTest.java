package se.regionjh.reservrutin.units;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where the unit registry comes from, read through the application's real
 * configuration files (application.yaml and its imports), whatever folder the
 * application is started from. Only the registry's beans are started.
 */
class UnitRegistrySourceTest {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(UnitProperties.class)
	@Import(UnitRegistry.class)
	static class RegistryOnly {

	}

	private static ConfigurableApplicationContext start(String profile, String... properties) {
		return new SpringApplicationBuilder(RegistryOnly.class).web(WebApplicationType.NONE)
			.profiles(profile)
			.properties("spring.main.banner-mode=off")
			.properties(properties)
			.run();
	}

	@Test
	void demoRegistryShipsInsideTheJarAndNeedsNoFileInTheWorkingFolder() {
		try (var context = start("demo", "RESERVRUTIN_UNITS_FILE=/nonexistent/units.yaml")) {
			assertThat(context.getBean(UnitRegistry.class).all()).extracting(Unit::id)
				.containsExactly("hc-ostersund", "hc-krokom", "psyk-ostersund");
			assertThat(context.getBean(UnitRegistry.class).find("hc-krokom")).get()
				.extracting(Unit::name)
				.isEqualTo("Hälsocentralen Krokom");
		}
	}

	@Test
	void registryFileReplacesTheDemoRegistry(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("enheter.yaml");
		Files.writeString(file, """
				reservrutin:
				  units:
				    - id: vc-are
				      name: Vårdcentralen Åre
				      email: vc-are@example.org
				      manager: chef-are
				      manager-email: chef-are@example.org
				      services: [journalen]
				""");
		try (var context = start("postgres", "RESERVRUTIN_UNITS_FILE=" + file)) {
			assertThat(context.getBean(UnitRegistry.class).all()).extracting(Unit::id).containsExactly("vc-are");
			assertThat(context.getBean(UnitRegistry.class).source()).contains(file.toString());
		}
	}

	@Test
	void outsideTheDemoProfileAMissingRegistryStopsTheStart() {
		assertThatThrownBy(() -> start("postgres", "RESERVRUTIN_UNITS_FILE=/nonexistent/units.yaml").close())
			.hasRootCauseInstanceOf(IllegalStateException.class)
			.rootCause()
			.hasMessageContaining("Refusing to start without care units")
			.hasMessageContaining("RESERVRUTIN_UNITS_FILE")
			.hasMessageContaining("/nonexistent/units.yaml");
	}

	@Test
	void outsideTheDemoProfileAnEmptyRegistryStopsTheStart(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("units.yaml");
		Files.writeString(file, "reservrutin:\n  units: []\n");
		assertThatThrownBy(() -> start("postgres", "RESERVRUTIN_UNITS_FILE=" + file).close()).rootCause()
			.hasMessageContaining("Refusing to start without care units")
			.hasMessageContaining(file.toString());
	}

}
