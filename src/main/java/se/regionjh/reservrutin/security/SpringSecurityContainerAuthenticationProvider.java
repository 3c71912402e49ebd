package se.regionjh.reservrutin.security;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells the Camunda webapps who Spring Security logged in (single sign-on).
 * Public with a no-argument constructor: Camunda's filter instantiates it by
 * class name. The user id is the principal name, which for OpenID Connect is
 * the claim named by {@code spring.security.oauth2.client.provider.<id>.user-name-attribute}.
 * Groups are left to the webapp, which reads them from the identity service.
 */
public class SpringSecurityContainerAuthenticationProvider extends ContainerBasedAuthenticationProvider {

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return AuthenticationResult.unsuccessful();
		}
		String name = authentication.getName();
		if (name == null || name.isBlank()) {
			return AuthenticationResult.unsuccessful();
		}
		return AuthenticationResult.successful(name);
	}

}
