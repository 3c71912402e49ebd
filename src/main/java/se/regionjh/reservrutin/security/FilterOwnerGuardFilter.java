package se.regionjh.reservrutin.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import se.regionjh.reservrutin.security.CamundaIdentityAuthenticationProvider.CamundaUser;
import se.regionjh.reservrutin.system.CachedBodyRequest;

/**
 * Tasklist filters: a non-administrator creates and updates only filters owned
 * by themselves (issue 11). The engine checks CREATE and UPDATE on the filter
 * resource but not whose name is in {@code owner}, so a user could plant a filter
 * in another user's Tasklist, or make an ownerless one. Shared filters are
 * created by administrators (camunda-admin) only; see docs/security.md.
 */
class FilterOwnerGuardFilter extends OncePerRequestFilter {

	private static final Pattern FILTER_WRITE = Pattern.compile("^/filter/(?:create|[^/]+)/?$");

	private static final Pattern FILTER_CREATE = Pattern.compile("^/filter/create/?$");

	private final ObjectMapper json = new ObjectMapper();

	private final ExpressionGuardFilter.AdminCheck adminCheck;

	FilterOwnerGuardFilter(ExpressionGuardFilter.AdminCheck adminCheck) {
		this.adminCheck = adminCheck;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		EngineRequestPath path = EngineRequestPath.of(request)
			.filter((p) -> FILTER_WRITE.matcher(p.resource()).matches())
			.orElse(null);
		String method = request.getMethod();
		boolean write = path != null && (("POST".equals(method) && FILTER_CREATE.matcher(path.resource()).matches())
				|| "PUT".equals(method));
		if (!write) {
			chain.doFilter(request, response);
			return;
		}
		if (this.adminCheck.isAdmin(request, path.engine())) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(ExpressionGuardFilter.MAX_BODY_BYTES + 1);
		String owner = null;
		try {
			JsonNode tree = this.json.readTree(new String(body, StandardCharsets.UTF_8));
			owner = (tree != null && tree.path("owner").isTextual()) ? tree.path("owner").textValue() : null;
		}
		catch (JacksonException ex) {
			// The engine answers malformed JSON itself; without an owner it is refused below.
		}
		Optional<String> user = userId(request, path.engine());
		if (owner == null || user.isEmpty() || !owner.equals(user.get())) {
			ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, "Filtret måste vara ditt eget",
					"Fältet owner måste vara ditt eget användarnamn. Delade filter och filter åt andra skapas av "
							+ "administratörer.");
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	private static Optional<String> userId(HttpServletRequest request, String engine) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CamundaUser user) {
			return Optional.of(user.id());
		}
		return CamundaWebappSessions.user(request, engine).map(UserAuthentication::getName);
	}

}
