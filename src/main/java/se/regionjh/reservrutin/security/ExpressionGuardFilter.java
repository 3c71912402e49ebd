package se.regionjh.reservrutin.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import se.regionjh.reservrutin.system.CachedBodyRequest;

/**
 * Refuses JUEL expressions ({@code ${...}}, {@code #{...}}) in task queries and
 * filters for everyone but administrators, on the engine REST API and on
 * Tasklist's own copy of it. The engine's enableExpressionsInAdhocQueries=false
 * does not cover every route: Camunda 7.24.0 CE evaluates an expression inside an
 * {@code orQueries} entry (CVE-2026-109432, fixed only in Enterprise 7.24.14), and
 * the extending query of {@code /filter/{id}/list} is treated as a stored query.
 * So every string in the query parameters and the JSON body is inspected, at
 * any depth, after JSON unescaping.
 */
class ExpressionGuardFilter extends OncePerRequestFilter {

	/** Bodies of task queries and filters are small; anything larger is refused unread. */
	static final int MAX_BODY_BYTES = 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(ExpressionGuardFilter.class);

	/** The engine-relative path of both REST APIs, and the engine name when given. */
	/** Resources whose parameters or bodies are (or become) task queries. */
	private static final Pattern GUARDED = Pattern.compile("^/(?:task(?:/count)?|filter(?:/.*)?)/?$");

	private final ObjectMapper json = new ObjectMapper();

	private final AdminCheck adminCheck;

	ExpressionGuardFilter(AdminCheck adminCheck) {
		this.adminCheck = adminCheck;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		EngineRequestPath path = EngineRequestPath.of(request).orElse(null);
		if (path == null || !GUARDED.matcher(path.resource()).matches() || "DELETE".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		if (this.adminCheck.isAdmin(request, path.engine())) {
			chain.doFilter(request, response);
			return;
		}
		if (queryStringHasExpression(request.getQueryString())) {
			refuse(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			ProblemResponses.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "För stor förfrågan",
					"Förfrågan är för stor.");
			return;
		}
		if (body.length > 0) {
			String text = new String(body, StandardCharsets.UTF_8);
			JsonNode tree;
			try {
				tree = this.json.readTree(text);
			}
			catch (JacksonException ex) {
				ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, "Ogiltig förfrågan",
						"Förfrågan är inte giltig JSON.");
				return;
			}
			if (hasExpression(text) || containsExpression(tree)) {
				refuse(request, response);
				return;
			}
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	private static boolean queryStringHasExpression(String queryString) {
		if (queryString == null || queryString.isEmpty()) {
			return false;
		}
		for (String pair : queryString.split("&")) {
			try {
				if (hasExpression(URLDecoder.decode(pair, StandardCharsets.UTF_8))) {
					return true;
				}
			}
			catch (IllegalArgumentException ex) {
				// Undecodable text is refused as well: what the engine would make of it is unknown.
				return true;
			}
		}
		return false;
	}

	static boolean containsExpression(JsonNode node) {
		if (node == null) {
			return false;
		}
		if (node.isTextual()) {
			return hasExpression(node.textValue());
		}
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				if (hasExpression(field.getKey()) || containsExpression(field.getValue())) {
					return true;
				}
			}
			return false;
		}
		if (node.isArray()) {
			for (JsonNode element : node) {
				if (containsExpression(element)) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean hasExpression(String text) {
		return text != null && (text.contains("${") || text.contains("#{"));
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		log.warn("Refused a task query or filter with an expression from {} on {} {}",
				(request.getUserPrincipal() != null) ? request.getUserPrincipal().getName() : "(webapp session)",
				request.getMethod(), request.getRequestURI());
		ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, "Uttryck är inte tillåtna",
				"Uttryck (${…} eller #{…}) i uppgiftsfrågor och filter får bara användas av administratörer.");
	}

	/** Who may use expressions: members of camunda-admin, however they logged in. */
	interface AdminCheck {

		boolean isAdmin(HttpServletRequest request, String engineName);

	}

}
