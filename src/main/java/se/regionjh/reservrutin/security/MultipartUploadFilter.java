package se.regionjh.reservrutin.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import se.regionjh.reservrutin.system.CachedBodyRequest;

/**
 * Checks the file uploads of the engine REST API before the engine reads them
 * (issue 11): a deployment resource needs a file name (without one the engine
 * answers in English, with an empty one it deploys a nameless resource), and a
 * binary variable needs its {@code data} part, with a file name when it is to be
 * a File (without them the engine answers 500); serialized Java objects and XML
 * are refused here as in JSON bodies ({@link VariableWriteGuardFilter}).
 * Refusals are a Swedish 400.
 */
class MultipartUploadFilter extends OncePerRequestFilter {

	/** Spring's multipart limit (spring.servlet.multipart.max-request-size) applies to the engine's uploads too. */
	static final int MAX_BODY_BYTES = 21 * 1024 * 1024;

	private static final Pattern DEPLOYMENT = Pattern.compile("^/deployment/create/?$");

	private static final Pattern VARIABLE_DATA = Pattern.compile("^/.+/(?:variables|localVariables)/([^/]+)/data/?$");

	/** The form fields of /deployment/create that are not resources. */
	private static final Set<String> DEPLOYMENT_FIELDS = Set.of("deployment-name", "deployment-source",
			"deployment-activation-time", "enable-duplicate-filtering", "deploy-changed-only", "tenant-id");

	private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NAME = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	private static final Pattern FILENAME = Pattern.compile("(?:^|;)\\s*filename\\*?=\"?([^\";]*)\"?",
			Pattern.CASE_INSENSITIVE);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		EngineRequestPath path = EngineRequestPath.of(request).orElse(null);
		String contentType = request.getContentType();
		Matcher boundary = (contentType != null) ? BOUNDARY.matcher(contentType) : null;
		boolean deployment = path != null && DEPLOYMENT.matcher(path.resource()).matches();
		Matcher variable = (path != null) ? VARIABLE_DATA.matcher(path.resource()) : null;
		if (!"POST".equals(request.getMethod()) || !(deployment || variable.matches()) || boundary == null
				|| !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") || !boundary.find()) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			ProblemResponses.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "För stor förfrågan",
					"Förfrågan är för stor.");
			return;
		}
		List<Part> parts = parts(body, (boundary.group(1) != null) ? boundary.group(1) : boundary.group(2));
		Optional<String> refusal = deployment ? refuseDeployment(parts) : refuseVariable(variable.group(1), parts);
		if (refusal.isPresent()) {
			ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, "Filen kan inte tas emot",
					refusal.get());
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	private static Optional<String> refuseDeployment(List<Part> parts) {
		for (Part part : parts) {
			if (!DEPLOYMENT_FIELDS.contains(part.name()) && part.filename().isBlank()) {
				return Optional.of("Filen i fältet " + part.name()
						+ " saknar filnamn. Ange filens namn, till exempel process.bpmn.");
			}
		}
		return Optional.empty();
	}

	private static Optional<String> refuseVariable(String name, List<Part> parts) {
		Part data = parts.stream().filter((part) -> "data".equals(part.name())).findFirst().orElse(null);
		if (data == null) {
			return Optional.of("Fältet data saknas: filen skickas i fältet data.");
		}
		String valueType = parts.stream()
			.filter((part) -> "valueType".equals(part.name()))
			.map((part) -> part.content().strip().toLowerCase(Locale.ROOT))
			.findFirst()
			.orElse("");
		if (VariableWriteGuardFilter.REFUSED_TYPES.contains(valueType)) {
			return Optional.of(VariableWriteGuardFilter.REFUSED_TYPES_TEXT + name + ".");
		}
		if ("file".equals(valueType) && data.filename().isBlank()) {
			return Optional.of("Filen i fältet data saknar filnamn. En fil sparas med sitt namn.");
		}
		return Optional.empty();
	}

	/** The parts' names, file names and (for small text fields) contents; the bytes themselves stay untouched. */
	static List<Part> parts(byte[] body, String boundary) {
		// ISO-8859-1 maps every byte to one char, so positions match the bytes.
		String text = new String(body, StandardCharsets.ISO_8859_1);
		String delimiter = "--" + boundary;
		List<Part> parts = new ArrayList<>();
		int start = text.indexOf(delimiter);
		while (start >= 0) {
			int headersStart = start + delimiter.length();
			if (text.startsWith("--", headersStart)) {
				break;
			}
			int headersEnd = text.indexOf("\r\n\r\n", headersStart);
			int next = text.indexOf("\r\n" + delimiter, headersStart);
			if (headersEnd < 0 || next < 0 || headersEnd > next) {
				break;
			}
			String headers = text.substring(headersStart, headersEnd);
			String name = "";
			String filename = "";
			for (String header : headers.split("\r\n")) {
				if (header.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
					String value = header.substring(header.indexOf(':') + 1);
					Matcher nameMatch = NAME.matcher(value);
					name = nameMatch.find() ? nameMatch.group(1) : "";
					Matcher filenameMatch = FILENAME.matcher(value);
					filename = filenameMatch.find() ? filenameMatch.group(1) : "";
				}
			}
			String content = text.substring(headersEnd + 4, next);
			parts.add(new Part(name, filename, (content.length() <= 100) ? content : ""));
			start = next + 2;
		}
		return parts;
	}

	record Part(String name, String filename, String content) {

	}

}
