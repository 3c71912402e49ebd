package se.regionjh.reservrutin.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.filter.OncePerRequestFilter;

import se.regionjh.reservrutin.system.CachedBodyRequest;

/**
 * Refuses dates the database cannot hold, in query parameters and JSON bodies
 * of the engine REST API and Tasklist's copy of it (issue 11). The engine
 * parses a year such as 999999999 without complaint and H2 stores it, but
 * PostgreSQL fails on it (a 500), and a signed year ({@code +999999999})
 * fails the engine's parser with an English message. Years 1 to 9999 pass.
 */
class DateRangeFilter extends OncePerRequestFilter {

	/** Camunda's date format (yyyy-MM-dd'T'HH:mm:ss.SSSZ), with any year and sign. */
	private static final Pattern DATE = Pattern
		.compile("^([+-]?)(\\d+)-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?$");

	private static final int LAST_YEAR = 9999;

	private final ObjectMapper json = new ObjectMapper();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (EngineRequestPath.of(request).isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<String> field = inQuery(request.getQueryString());
		HttpServletRequest forward = request;
		String contentType = request.getContentType();
		if (field.isEmpty() && contentType != null && contentType.toLowerCase().contains("json")) {
			byte[] body = request.getInputStream().readNBytes(ExpressionGuardFilter.MAX_BODY_BYTES + 1);
			if (body.length > ExpressionGuardFilter.MAX_BODY_BYTES) {
				ProblemResponses.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
						"För stor förfrågan", "Förfrågan är för stor.");
				return;
			}
			forward = new CachedBodyRequest(request, body);
			field = inBody(body);
		}
		if (field.isPresent()) {
			ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, "Ogiltigt datum",
					"Datumet i fältet " + field.get() + " kan inte användas: året måste ligga mellan 1 och "
							+ LAST_YEAR + ".");
			return;
		}
		chain.doFilter(forward, response);
	}

	static boolean outOfRange(String text) {
		Matcher date = DATE.matcher(text.strip());
		if (!date.matches()) {
			return false;
		}
		String year = date.group(2).replaceFirst("^0+(?=\\d)", "");
		return !date.group(1).isEmpty() || year.length() > 4 || Integer.parseInt(year) > LAST_YEAR;
	}

	private static Optional<String> inQuery(String queryString) {
		if (queryString == null || queryString.isEmpty()) {
			return Optional.empty();
		}
		for (String pair : queryString.split("&")) {
			int equals = pair.indexOf('=');
			if (equals < 0) {
				continue;
			}
			try {
				String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				if (outOfRange(value)) {
					return Optional.of(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8));
				}
			}
			catch (IllegalArgumentException ex) {
				// Not ours to judge: the engine answers undecodable parameters.
			}
		}
		return Optional.empty();
	}

	private Optional<String> inBody(byte[] body) {
		if (body.length == 0) {
			return Optional.empty();
		}
		try {
			return find(this.json.readTree(body), "värde");
		}
		catch (IOException ex) {
			// Malformed JSON is refused by the guards after this one, or by the engine.
			return Optional.empty();
		}
	}

	/** The name of the first field holding a date out of range: a variable's name for its typed value. */
	static Optional<String> find(JsonNode node, String name) {
		if (node.isTextual()) {
			return outOfRange(node.textValue()) ? Optional.of(name) : Optional.empty();
		}
		if (node.isArray()) {
			for (JsonNode element : node) {
				Optional<String> found = find(element, name);
				if (found.isPresent()) {
					return found;
				}
			}
			return Optional.empty();
		}
		if (!node.isObject()) {
			return Optional.empty();
		}
		JsonNode type = node.get("type");
		if (type != null && type.isTextual() && node.has("value")) {
			// A typed variable value: only a Date is a date; a String may say anything.
			return "date".equalsIgnoreCase(type.textValue()) ? find(node.get("value"), name) : Optional.empty();
		}
		for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			// A variable condition names its variable beside the value ({"name":..., "value":...}).
			String fieldName = !"value".equals(field.getKey()) ? field.getKey()
					: (node.path("name").isTextual() ? node.path("name").textValue() : name);
			Optional<String> found = find(field.getValue(), fieldName);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

}
