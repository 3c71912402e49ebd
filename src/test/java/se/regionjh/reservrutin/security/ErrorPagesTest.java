package se.regionjh.reservrutin.security;

import java.net.http.HttpResponse;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The application's pages fail with Swedish error pages in the pages' layout;
 * the APIs keep answering RFC 7807 problem details (issue 14). Through Tomcat's
 * error dispatch and the real filter chain.
 */
@WebIntegrationTest
class ErrorPagesTest {

	/** What a browser sends: it accepts anything, HTML first. */
	static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void anUnknownPageIsASwedishNotFoundPage() {
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.get("/no-such-page", "Accept", BROWSER_ACCEPT);

		assertSwedishPage(response, 404, "Sidan finns inte");
	}

	@Test
	void anUnknownRecordOnAPageIsASwedishNotFoundPage() {
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.get("/mallar/987654", "Accept", BROWSER_ACCEPT);

		assertSwedishPage(response, 404, "Sidan finns inte");
	}

	@Test
	void aPagesOwnNotFoundIsTheSwedishPageNotProblemJsonForABrowser() {
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.get("/reservrutiner/central/9999", "Accept", BROWSER_ACCEPT);

		assertSwedishPage(response, 404, "Sidan finns inte");
	}

	@Test
	void aPageTheRoleMayNotOpenIsASwedishForbiddenPage() {
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.get("/leveranser", "Accept", BROWSER_ACCEPT);

		assertSwedishPage(response, 403, "Du har inte behörighet");
		assertThat(response.body()).as("the menu offers no page the caller would be refused at")
			.doesNotContain("href=\"/leveranser\"");
	}

	@Test
	void aServerErrorOnAPageIsASwedishPage() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/mallar"))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getContentAsString()).contains("<html lang=\"sv\"", "<main id=\"main\"",
				"Något gick fel", "Huvudmeny")
			.doesNotContain("Whitelabel", "Internal Server Error", "Exception");
	}

	@Test
	void anUnknownApiPathIsASwedishProblemDetailForEveryClient() {
		for (String accept : new String[] { BROWSER_ACCEPT, "application/json", "text/html" }) {
			HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
				.get("/api/no-such", "Accept", accept);

			assertProblem(response, 404);
			assertThat(response.body()).as(accept).contains("Det finns inget på den här adressen.");
		}
	}

	@Test
	void anUnknownRecordOnTheApiIsAProblemDetailNotSpringBootsErrorMap() {
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.MANAGEMENT)
			.get("/api/outages/987654", "Accept", "application/json");

		assertProblem(response, 404);
		assertThat(response.body()).doesNotContain("timestamp");
	}

	@Test
	void theEngineRestApiNeverAnswersTheHtmlPage() {
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.get("/engine-rest/no-such", "Accept", BROWSER_ACCEPT);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
		assertThat(response.body()).doesNotContain("<html");
	}

	@Test
	void aRefusedApiCallIsAProblemDetail() {
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.get("/api/deliveries", "Accept", BROWSER_ACCEPT);

		assertProblem(response, 403);
	}

	private static void assertSwedishPage(HttpResponse<String> response, int status, String text) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(response.body()).contains("<html lang=\"sv\"", "<main id=\"main\"", "<h1>", text, "Huvudmeny",
				"href=\"/\"")
			.doesNotContain("Whitelabel", "Not Found", "Forbidden", "There was an unexpected error");
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body())
			.startsWith("application/problem+json");
		assertThat(response.body()).contains("\"status\":" + status)
			.doesNotContain("<html", "No static resource", "Not Found", "Forbidden");
	}

}
