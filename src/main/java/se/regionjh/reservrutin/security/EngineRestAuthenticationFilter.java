package se.regionjh.reservrutin.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import se.regionjh.reservrutin.security.CamundaIdentityAuthenticationProvider.CamundaUser;

/**
 * Hands the user that Spring Security authenticated to the engine for the
 * duration of one /engine-rest request, so the engine's authorization checks
 * apply to REST calls exactly as they do in Tasklist. Cleared afterwards: the
 * engine keeps the authentication in a thread local and Tomcat reuses threads.
 */
class EngineRestAuthenticationFilter extends OncePerRequestFilter {

	private final IdentityService identityService;

	EngineRestAuthenticationFilter(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CamundaUser user)) {
			// Spring Security's chain for /engine-rest/** already refuses anonymous
			// calls; this is the second lock on the same door.
			ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Inloggning krävs",
					"Logga in för att använda tjänsten.");
			return;
		}
		try {
			this.identityService.setAuthentication(user.id(), user.groupIds(), user.tenantIds());
			chain.doFilter(request, response);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

}
