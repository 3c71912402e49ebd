package se.regionjh.reservrutin.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link LoginSourceLimit} to every way of logging in: HTTP Basic on
 * any path, the application's login form (POST /login) and the Camunda
 * webapps' login (POST /camunda/api/admin/auth/user/{engine}/login/{app}). A
 * failed attempt is one these answer with 401, or a form login sent back to
 * /login?error. A limited source gets 429 with Retry-After and a Swedish
 * problem detail; requests without credentials (the status page, a logged-in
 * session) are never limited. The source is the request's remote address, the
 * client's only when forwarded headers from a trusted proxy are honoured
 * (server.forward-headers-strategy).
 */
class LoginSourceLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(LoginSourceLimitFilter.class);

	private final LoginSourceLimit limit;

	LoginSourceLimitFilter(LoginSourceLimit limit) {
		this.limit = limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Attempt attempt = attempt(request);
		if (attempt == Attempt.NONE) {
			chain.doFilter(request, response);
			return;
		}
		String source = request.getRemoteAddr();
		Duration wait = this.limit.waitFor(source);
		if (!wait.isZero() && !wait.isNegative()) {
			long seconds = Math.max(1, wait.toSeconds() + ((wait.toMillisPart() > 0) ? 1 : 0));
			long minutes = Math.max(1, (seconds + 59) / 60);
			response.setHeader("Retry-After", String.valueOf(seconds));
			ProblemResponses.write(response, 429, "För många misslyckade inloggningar",
					"För många misslyckade inloggningar från din adress. Försök igen om " + minutes
							+ ((minutes == 1) ? " minut." : " minuter."));
			return;
		}
		chain.doFilter(request, response);
		if (failed(attempt, response)) {
			this.limit.failed(source);
			log.info("Failed login from {} ({} {})", source, request.getMethod(), request.getRequestURI());
		}
	}

	private enum Attempt {

		NONE, BASIC, FORM, WEBAPP

	}

	private static Attempt attempt(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return Attempt.BASIC;
		}
		if ("POST".equals(request.getMethod())) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (path.equals("/login")) {
				return Attempt.FORM;
			}
			if (path.startsWith("/camunda/api/admin/auth/user/") && path.contains("/login/")) {
				return Attempt.WEBAPP;
			}
		}
		return Attempt.NONE;
	}

	private static boolean failed(Attempt attempt, HttpServletResponse response) {
		return switch (attempt) {
			case BASIC, WEBAPP -> response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED;
			case FORM -> {
				String location = response.getHeader("Location");
				yield location != null && location.contains("/login?error");
			}
			case NONE -> false;
		};
	}

}
