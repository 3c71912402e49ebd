package se.regionjh.reservrutin.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import se.regionjh.reservrutin.security.CamundaIdentityAuthenticationProvider.CamundaUser;

/**
 * One login for the Camunda webapps and the application's pages, in one HTTP
 * session. The webapps keep their login in the session ({@link Authentications});
 * Spring Security keeps its own there too. This filter, in the webapps' and the
 * pages' filter chains, makes each side see the other's:
 * <ul>
 * <li>Logged in to Tasklist (its login page): the pages see the same user with
 * the same groups ({@link CamundaUser}, as the login form would give).</li>
 * <li>Logged in on {@code /login} (or OpenID Connect): the webapps get the
 * same user, with the groups, tenants and apps the engine grants, as
 * their own login would give.</li>
 * <li>Logging out of a webapp ends the whole session, so the pages' login ends
 * with it (the pages' {@code /logout} already ends the whole session).</li>
 * </ul>
 * Passwords are checked only where they were before: Camunda's login and
 * {@link CamundaIdentityAuthenticationProvider}.
 */
class OneLoginFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(OneLoginFilter.class);

	private static final java.util.regex.Pattern WEBAPP_LOGOUT = java.util.regex.Pattern
		.compile("/camunda/api/admin/auth/user/[^/]+/logout/?");

	private final ProcessEngine engine;

	OneLoginFilter(ProcessEngine engine) {
		this.engine = engine;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			Authentication spring = signedIn(SecurityContextHolder.getContext().getAuthentication());
			Optional<UserAuthentication> webapp = CamundaWebappSessions.user(request, this.engine.getName());
			if (spring == null && webapp.isPresent()) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(pagesLogin(webapp.get()));
				SecurityContextHolder.setContext(context);
			}
			else if (spring != null && webapp.isEmpty()) {
				webappLogin(session, spring.getName());
			}
		}
		chain.doFilter(request, response);
		if (isWebappLogout(request)) {
			HttpSession ended = request.getSession(false);
			if (ended != null) {
				ended.invalidate();
			}
			SecurityContextHolder.clearContext();
		}
	}

	private static Authentication signedIn(Authentication authentication) {
		return (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) ? null : authentication;
	}

	/**
	 * The pages' view of a webapp login: the user with the groups and tenants
	 * the webapp holds (which Camunda refreshes from the identity service), so
	 * a request costs no query.
	 */
	private static Authentication pagesLogin(UserAuthentication webapp) {
		CamundaUser user = new CamundaUser(webapp.getName(), List.copyOf(nonNull(webapp.getGroupIds())),
				List.copyOf(nonNull(webapp.getTenantIds())));
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
	}

	private static <T> java.util.Collection<T> nonNull(java.util.Collection<T> values) {
		return values == null ? List.of() : values;
	}

	/** The webapps' login for a user Spring Security logged in, as their own login page would create it. */
	private void webappLogin(HttpSession session, String userId) {
		UserAuthentication authentication = AuthenticationUtil.createAuthentication(this.engine, userId);
		if (authentication == null) {
			log.warn("Signed in as {}, who is not a user of the engine: no webapp login", userId);
			return;
		}
		Authentications authentications = Optional.ofNullable(AuthenticationUtil.getAuthsFromSession(session))
			.orElseGet(Authentications::new);
		authentications.addOrReplace(authentication);
		AuthenticationUtil.updateSession(session, authentications);
	}

	private static boolean isWebappLogout(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return "POST".equals(request.getMethod()) && WEBAPP_LOGOUT.matcher(path).matches();
	}

}
