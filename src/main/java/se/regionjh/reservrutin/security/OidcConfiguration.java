package se.regionjh.reservrutin.security;

import java.util.Map;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.ClientsConfiguredCondition;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Single sign-on with OpenID Connect (for example the region's Entra ID),
 * active only when a client registration is configured under
 * {@code spring.security.oauth2.client.registration}. Spring Security logs the
 * user in (SecurityConfiguration switches to oauth2Login); this hands the same
 * user to the Camunda webapps, whose groups then come from Camunda's identity
 * service (the database, or Active Directory through the ldap profile).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ClientsConfiguredCondition.class)
class OidcConfiguration {

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
		var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
		registration.setInitParameters(
				Map.of("authentication-provider", SpringSecurityContainerAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 5);
		return registration;
	}

}
