package se.regionjh.reservrutin.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HSTS, CSP with frame-ancestors, nosniff on the webapps, the APIs and the
 * application's pages; Secure and SameSite on the session and CSRF cookies.
 * Requests say X-Forwarded-Proto https, as the TLS-terminating proxy does.
 */
@WebIntegrationTest
class SecurityHeadersTest {

	private static final String[] VIA_PROXY = { "X-Forwarded-Proto", "https" };

	@LocalServerPort
	int port;

	@Test
	void camundaWebappsSendTheirSecurityHeaders() {
		assertSecurityHeaders(WebClient.anonymous(this.port).get("/camunda/app/tasklist/default/", VIA_PROXY));
	}

	@Test
	void engineRestSendsSecurityHeaders() {
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.MANAGEMENT)
			.get("/engine-rest/engine", VIA_PROXY);
		assertThat(response.statusCode()).isEqualTo(200);
		assertSecurityHeaders(response);
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void unauthenticatedApiAnswerSendsSecurityHeaders() {
		HttpResponse<String> response = WebClient.anonymous(this.port).get("/api/outages", VIA_PROXY);
		assertThat(response.statusCode()).isEqualTo(401);
		assertSecurityHeaders(response);
	}

	@Test
	void applicationPagesSendSecurityHeaders() {
		assertSecurityHeaders(WebClient.anonymous(this.port).get("/login", VIA_PROXY));
		assertSecurityHeaders(WebClient.anonymous(this.port).get("/actuator/health", VIA_PROXY));
	}

	@Test
	void tasklistSessionAndCsrfCookiesAreSecureAndSameSite() {
		WebClient client = WebClient.anonymous(this.port);
		HttpResponse<String> page = client.get("/camunda/app/tasklist/default/");
		assertThat(WebClient.setCookie(page, "XSRF-TOKEN")).hasValueSatisfying(SecurityHeadersTest::assertSecureSameSite);
		HttpResponse<String> login = client.send(java.net.http.HttpRequest
			.newBuilder(client.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + Credentials.OSTERSUND_STAFF
					+ "&password=" + Credentials.DEMO_PASSWORD)));
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(WebClient.setCookie(login, "JSESSIONID")).hasValueSatisfying((cookie) -> {
			assertSecureSameSite(cookie);
			assertThat(cookie).containsIgnoringCase("HttpOnly");
		});
	}

	@Test
	void applicationLoginSessionCookieIsSecureAndSameSite() {
		HttpResponse<String> login = WebClient.anonymous(this.port).get("/login");
		assertThat(WebClient.setCookie(login, "JSESSIONID")).hasValueSatisfying((cookie) -> {
			assertSecureSameSite(cookie);
			assertThat(cookie).containsIgnoringCase("HttpOnly");
		});
	}

	private static void assertSecureSameSite(String cookie) {
		java.util.List<String> attributes = java.util.Arrays.stream(cookie.split(";")).map(String::trim).toList();
		assertThat(attributes).as(cookie).anyMatch("Secure"::equalsIgnoreCase).anyMatch("SameSite=Lax"::equalsIgnoreCase);
	}

	private static void assertSecurityHeaders(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Strict-Transport-Security")).as("HSTS")
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000"));
		assertThat(response.headers().firstValue("Content-Security-Policy")).as("CSP")
			.hasValueSatisfying((csp) -> assertThat(csp).contains("frame-ancestors 'none'").contains("default-src 'self'"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

}
