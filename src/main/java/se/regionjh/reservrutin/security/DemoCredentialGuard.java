package se.regionjh.reservrutin.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start outside the demo profile while a secret is empty or one of
 * the demo credentials that ship in this repository. Runs as a bean factory
 * post-processor, before any bean is created, so the process engine never
 * creates an administrator with a known password.
 */
class DemoCredentialGuard implements BeanFactoryPostProcessor {

	static final String DEMO_PROFILE = "demo";

	static final String LDAP_PROFILE = "ldap";

	/** Passwords that appear in this repository's configuration or docs. */
	static final Set<String> DEMO_SECRETS = Set.of("", "admin", "demo", "reservrutin", "sa", "password", "changeme",
			"secret");

	private final Environment environment;

	DemoCredentialGuard(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		List<String> problems = problems();
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Refusing to start outside the demo profile with demo or empty credentials: "
					+ String.join("; ", problems) + ". Set them in the environment (see docs/security.md).");
		}
	}

	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.environment.acceptsProfiles(Profiles.of(DEMO_PROFILE))) {
			return problems;
		}
		boolean ldap = this.environment.acceptsProfiles(Profiles.of(LDAP_PROFILE));
		String adminId = this.environment.getProperty("camunda.bpm.admin-user.id", "");
		if (!ldap) {
			if (adminId.isBlank()) {
				problems.add("camunda.bpm.admin-user.id (RESERVRUTIN_ADMIN_USER) is empty");
			}
			check(problems, "camunda.bpm.admin-user.password", "RESERVRUTIN_ADMIN_PASSWORD", adminId);
		}
		else {
			check(problems, "reservrutin.ldap.manager-password", "RESERVRUTIN_LDAP_MANAGER_PASSWORD", null);
		}
		String url = this.environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:h2:")) {
			check(problems, "spring.datasource.password", "DATABASE_PASSWORD", null);
		}
		if (!this.environment.getProperty("spring.mail.username", "").isBlank()) {
			check(problems, "spring.mail.password", "SPRING_MAIL_PASSWORD", null);
		}
		if (this.environment.getProperty("reservrutin.demo.enabled", Boolean.class, false)) {
			problems.add("reservrutin.demo.enabled is true (demo users with a shared password)");
		}
		Map<String, ClientSecret> registrations = Binder.get(this.environment)
			.bind("spring.security.oauth2.client.registration", Bindable.mapOf(String.class, ClientSecret.class))
			.orElse(Map.of());
		registrations.forEach((id, registration) -> {
			if (registration.clientSecret() != null && isDemoSecret(registration.clientSecret(), null)) {
				problems.add("spring.security.oauth2.client.registration." + id
						+ ".client-secret is empty or a demo value");
			}
		});
		return problems;
	}

	private void check(List<String> problems, String property, String variable, String userId) {
		String value = this.environment.getProperty(property, "");
		if (isDemoSecret(value, userId)) {
			problems.add(property + " (" + variable + ") is empty or a demo credential");
		}
	}

	/** The one field of a client registration that is a secret. */
	record ClientSecret(String clientSecret) {
	}

	static boolean isDemoSecret(String value, String userId) {
		String normalized = value.trim().toLowerCase(Locale.ROOT);
		return DEMO_SECRETS.contains(normalized)
				|| (userId != null && normalized.equals(userId.trim().toLowerCase(Locale.ROOT)));
	}

}
