package se.regionjh.reservrutin.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One login for the webapps and the application's pages, through real HTTP
 * and the whole security filter chain: whichever login a user uses, Tasklist
 * and the pages both know them, and one logout ends both.
 */
@WebIntegrationTest
class OneLoginTest {

	private static final String WEBAPP_USER = "/camunda/api/admin/auth/user/default";

	@LocalServerPort
	int port;

	@Test
	void loggedInToTasklistTheApplicationsPagesOpenWithoutASecondLogin() {
		WebClient staff = WebClient.tasklist(this.port, Credentials.OSTERSUND_STAFF);

		HttpResponse<String> routines = staff.get("/reservrutiner", "Accept", "text/html");
		assertThat(routines.statusCode()).isEqualTo(200);
		assertThat(routines.body()).contains("Reservrutiner");
		assertThat(staff.get("/mallar", "Accept", "text/html").statusCode()).isEqualTo(200);
		// The user's groups come along: staff may not open management's delivery log.
		assertThat(staff.get("/leveranser", "Accept", "text/html").statusCode()).isEqualTo(403);
		assertThat(WebClient.tasklist(this.port, Credentials.MANAGEMENT)
			.get("/leveranser", "Accept", "text/html")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void loggedInOnTheLoginPageTasklistKnowsTheUserWithoutASecondLogin() {
		WebClient manager = WebClient.loginForm(this.port, Credentials.OSTERSUND_MANAGER).withWebappCsrfToken();

		HttpResponse<String> user = manager.get(WEBAPP_USER);
		assertThat(user.statusCode()).isEqualTo(200);
		assertThat(user.body()).contains("\"userId\":\"" + Credentials.OSTERSUND_MANAGER + "\"")
			.contains("\"tasklist\"");
		assertThat(manager.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
		assertThat(manager.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
	}

	@Test
	void loggingOutOfTasklistEndsThePagesLoginToo() {
		WebClient manager = WebClient.loginForm(this.port, Credentials.OSTERSUND_MANAGER).withWebappCsrfToken();
		assertThat(manager.get("/reservrutiner", "Accept", "text/html").statusCode()).isEqualTo(200);

		HttpResponse<String> logout = manager.send(HttpRequest.newBuilder(manager.uri(WEBAPP_USER + "/logout"))
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(logout.statusCode()).isEqualTo(200);

		assertThat(manager.get(WEBAPP_USER).statusCode()).isIn(401, 404);
		HttpResponse<String> page = manager.get("/reservrutiner", "Accept", "text/html");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void loggingOutOnThePagesEndsTheTasklistLoginToo() {
		WebClient staff = WebClient.tasklist(this.port, Credentials.OSTERSUND_STAFF);
		assertThat(staff.get(WEBAPP_USER).statusCode()).isEqualTo(200);
		HttpResponse<String> page = staff.get("/reservrutiner", "Accept", "text/html");
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page.body());
		assertThat(token.find()).as("the page's logout form carries a CSRF token").isTrue();

		assertThat(page.body()).contains("Inloggad som <strong>" + Credentials.OSTERSUND_STAFF + "</strong>");

		// The header's "Logga ut" button, as a browser posts it.
		HttpResponse<String> logout = staff.send(HttpRequest.newBuilder(staff.uri("/logout"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + WebClient.encode(token.group(1)))));
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/login?utloggad"));

		assertThat(staff.get(WEBAPP_USER).statusCode()).isIn(401, 404);
		assertThat(staff.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);
	}

}
