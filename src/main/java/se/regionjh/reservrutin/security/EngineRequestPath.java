package se.regionjh.reservrutin.security;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request to the engine's REST API, under either of its two prefixes: the
 * public {@code /engine-rest} (optionally {@code /engine-rest/engine/{name}})
 * and the webapps' {@code /camunda/api/engine/engine/{name}} that Tasklist
 * uses. The guards in this package read it once through here, so all of them
 * see the same engine name and resource for the same request.
 *
 * @param engine the process engine's name ("default" when the path names none)
 * @param resource the rest of the path, from its first '/' (for example {@code /task/42/complete})
 */
record EngineRequestPath(String engine, String resource) {

	private static final Pattern ENGINE_PATH = Pattern
		.compile("^(?:/engine-rest(?:/engine/([^/]+))?|/camunda/api/engine/engine/([^/]+))(/.*)$");

	/** The engine request this is, or empty for any other path. */
	static Optional<EngineRequestPath> of(HttpServletRequest request) {
		// The container has decoded and normalised both parts already.
		String pathInfo = request.getPathInfo();
		Matcher path = ENGINE_PATH.matcher(request.getServletPath() + ((pathInfo != null) ? pathInfo : ""));
		if (!path.matches()) {
			return Optional.empty();
		}
		String engine = (path.group(2) != null) ? path.group(2) : ((path.group(1) != null) ? path.group(1) : "default");
		return Optional.of(new EngineRequestPath(engine, path.group(3)));
	}

}
