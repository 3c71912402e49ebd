package se.regionjh.reservrutin.security;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Users and groups from Active Directory (profile {@code ldap}, settings in
 * application-ldap.yaml). The directory is read-only for the engine: the unit
 * groups ({@code unit-<id>}, {@code forvaltning}, {@code camunda-admin}) must
 * exist there under those ids. Passwords are checked by the directory, and the
 * engine's login throttling still applies.
 */
@Configuration(proxyBeanMethods = false)
@Profile(DemoCredentialGuard.LDAP_PROFILE)
class LdapConfiguration {

	@Bean
	@ConfigurationProperties("reservrutin.ldap")
	LdapIdentityProviderPlugin ldapIdentityProviderPlugin() {
		return new LdapIdentityProviderPlugin();
	}

	/** Administrator rights for the directory's admin group and the named admin user. */
	@Bean
	AdministratorAuthorizationPlugin administratorAuthorizationPlugin(
			@Value("${RESERVRUTIN_ADMIN_USER:}") String adminUser) {
		AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
		plugin.setAdministratorGroupName(Groups.CAMUNDA_ADMIN);
		if (!adminUser.isBlank()) {
			plugin.setAdministratorUserName(adminUser);
		}
		return plugin;
	}

}
