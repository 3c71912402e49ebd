package se.regionjh.reservrutin.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import se.regionjh.reservrutin.ReservrutinApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoCredentialGuardTest {

	@Test
	void productionProfileRefusesToStartWithoutAnAdministrator() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(ReservrutinApplication.class)
			.web(WebApplicationType.NONE)
			.profiles("postgres")
			.properties("spring.main.banner-mode=off")
			.run()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Refusing to start outside the demo profile")
			.hasMessageContaining("RESERVRUTIN_ADMIN_PASSWORD")
			.hasMessageContaining("DATABASE_PASSWORD");
	}

	@Test
	void productionProfileRefusesToStartWithDemoCredentials() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(ReservrutinApplication.class)
			.web(WebApplicationType.NONE)
			.profiles("postgres")
			.properties("spring.main.banner-mode=off", "RESERVRUTIN_ADMIN_USER=admin",
					"RESERVRUTIN_ADMIN_PASSWORD=admin", "DATABASE_PASSWORD=Ett-starkt-lösenord-77")
			.run()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("camunda.bpm.admin-user.password (RESERVRUTIN_ADMIN_PASSWORD) is empty or a demo credential")
			.message()
			.doesNotContain("DATABASE_PASSWORD");
	}

	@Test
	void demoProfileMayUseDemoCredentials() {
		MockEnvironment environment = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "admin")
			.withProperty("camunda.bpm.admin-user.password", "admin");
		environment.setActiveProfiles("demo");
		assertThat(new DemoCredentialGuard(environment).problems()).isEmpty();
	}

	@Test
	void productionWithSecretsFromTheEnvironmentIsAccepted() {
		MockEnvironment environment = production().withProperty("camunda.bpm.admin-user.password", "k9#Tq!vR2m")
			.withProperty("spring.datasource.password", "p0stgres-Hemlis");
		assertThat(new DemoCredentialGuard(environment).problems()).isEmpty();
	}

	@Test
	void everyDemoSecretIsRefused() {
		for (String secret : new String[] { "", "admin", "demo", "reservrutin", " Demo " }) {
			MockEnvironment environment = production().withProperty("camunda.bpm.admin-user.password", secret)
				.withProperty("spring.datasource.password", "p0stgres-Hemlis");
			assertThat(new DemoCredentialGuard(environment).problems()).as("'%s'", secret).hasSize(1);
		}
	}

	@Test
	void passwordEqualToTheUserIdIsRefused() {
		MockEnvironment environment = production().withProperty("camunda.bpm.admin-user.password", "ops-admin")
			.withProperty("spring.datasource.password", "p0stgres-Hemlis");
		assertThat(new DemoCredentialGuard(environment).problems()).hasSize(1);
	}

	@Test
	void demoUsersAndDemoClientSecretsAreRefusedOutsideTheDemoProfile() {
		MockEnvironment environment = production().withProperty("camunda.bpm.admin-user.password", "k9#Tq!vR2m")
			.withProperty("spring.datasource.password", "p0stgres-Hemlis")
			.withProperty("reservrutin.demo.enabled", "true")
			.withProperty("spring.security.oauth2.client.registration.entra.client-secret", "secret");
		assertThat(new DemoCredentialGuard(environment).problems()).hasSize(2);
	}

	@Test
	void ldapProfileNeedsTheDirectoryPasswordNotAnAdminPassword() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db/reservrutin")
			.withProperty("spring.datasource.password", "p0stgres-Hemlis");
		environment.setActiveProfiles("postgres", "ldap");
		assertThat(new DemoCredentialGuard(environment).problems()).singleElement()
			.asString()
			.contains("RESERVRUTIN_LDAP_MANAGER_PASSWORD");
		environment.setProperty("reservrutin.ldap.manager-password", "Ad-tj4nstekonto!");
		assertThat(new DemoCredentialGuard(environment).problems()).isEmpty();
	}

	private static MockEnvironment production() {
		MockEnvironment environment = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "ops-admin")
			.withProperty("spring.datasource.url", "jdbc:postgresql://db/reservrutin");
		environment.setActiveProfiles("postgres");
		return environment;
	}

}
