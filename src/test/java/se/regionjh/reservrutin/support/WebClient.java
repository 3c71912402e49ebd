package se.regionjh.reservrutin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small HTTP client for tests against the running application: HTTP Basic
 * for /api and /engine-rest, or a Camunda webapp login (session and CSRF
 * cookies kept by hand, since the cookies are Secure and the test talks plain
 * HTTP).
 */
public final class WebClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private String authorization;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String csrfToken;

	private java.time.Duration timeout;

	private WebClient(int port) {
		this.base = "http://localhost:" + port;
	}

	public static WebClient anonymous(int port) {
		return new WebClient(port);
	}

	/** HTTP Basic with a demo user's password. */
	public static WebClient basic(int port, String user) {
		WebClient client = new WebClient(port);
		client.authorization = Credentials.basic(user);
		return client;
	}

	public static WebClient basic(int port, String user, String password) {
		WebClient client = new WebClient(port);
		client.authorization = Credentials.basic(user, password);
		return client;
	}

	/**
	 * Every request of this client fails with an {@link UncheckedIOException}
	 * (cause {@link java.net.http.HttpTimeoutException}) when no answer came
	 * within this time: for tests that measure how long a request may hang.
	 */
	public WebClient timeout(java.time.Duration timeout) {
		this.timeout = timeout;
		return this;
	}

	/** Logs in to Tasklist as a demo user, the way the Tasklist page does. */
	public static WebClient tasklist(int port, String user) {
		WebClient client = new WebClient(port);
		client.get("/camunda/app/tasklist/default/");
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(client.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password="
					+ encode(Credentials.passwordOf(user)))));
		if (login.statusCode() != 200) {
			throw new IllegalStateException("Tasklist login of " + user + " failed: " + login.statusCode() + " "
					+ login.body());
		}
		// The login starts a new session; like Tasklist, fetch the session's CSRF token next.
		client.get("/camunda/api/admin/auth/user/default");
		return client;
	}

	/**
	 * Logs in on the application's own login form ({@code /login}) as a demo
	 * user, the way a browser does: the form's CSRF token, then the post.
	 */
	public static WebClient loginForm(int port, String user) {
		WebClient client = new WebClient(port);
		HttpResponse<String> page = client.get("/login");
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page.body());
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token on the login page: " + page.body());
		}
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(client.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password="
					+ encode(Credentials.passwordOf(user)) + "&_csrf=" + encode(token.group(1)))));
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Login of " + user + " failed: " + login.statusCode() + " " + location);
		}
		return client;
	}

	/** Fetches the webapps' CSRF token for this session, as Tasklist does after loading. */
	public WebClient withWebappCsrfToken() {
		get("/camunda/api/admin/auth/user/default");
		return this;
	}

	/** The value of a cookie the application set, with its attributes (Secure, SameSite...). */
	public static java.util.Optional<String> setCookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith(name + "="))
			.findFirst();
	}

	public HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	public HttpResponse<String> postJson(String path, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public HttpResponse<String> putJson(String path, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	public HttpResponse<String> delete(String path) {
		return send(HttpRequest.newBuilder(uri(path)).DELETE());
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		if (!this.cookies.isEmpty()) {
			request.header("Cookie", String.join("; ",
					this.cookies.entrySet().stream().map((c) -> c.getKey() + "=" + c.getValue()).toList()));
		}
		if (this.csrfToken != null) {
			request.header("X-XSRF-TOKEN", this.csrfToken);
		}
		if (this.timeout != null) {
			request.timeout(this.timeout);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			remember(response);
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public URI uri(String path) {
		return URI.create(this.base + path);
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private void remember(HttpResponse<String> response) {
		List<String> setCookies = response.headers().allValues("Set-Cookie");
		for (String setCookie : setCookies) {
			String pair = setCookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals).trim();
			String value = pair.substring(equals + 1).trim();
			this.cookies.put(name, value);
			if ("XSRF-TOKEN".equals(name)) {
				this.csrfToken = value;
			}
		}
		response.headers().firstValue("X-XSRF-TOKEN").ifPresent((token) -> this.csrfToken = token);
	}

}
