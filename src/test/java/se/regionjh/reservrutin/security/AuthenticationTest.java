package se.regionjh.reservrutin.security;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class AuthenticationTest {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Test
	void engineRestRefusesAnonymousCalls() {
		WebClient anonymous = WebClient.anonymous(this.port);
		for (String path : new String[] { "/engine-rest/engine", "/engine-rest/task", "/engine-rest/process-definition",
				"/engine-rest/engine/default/task", "/engine-rest/user" }) {
			HttpResponse<String> response = anonymous.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(
					(challenge) -> assertThat(challenge).startsWith("Basic"));
		}
	}

	@Test
	void applicationApiRefusesAnonymousCalls() {
		WebClient anonymous = WebClient.anonymous(this.port);
		assertThat(anonymous.get("/api/outages").statusCode()).isEqualTo(401);
		assertThat(anonymous.postJson("/api/fault-reports", "{}").statusCode()).isEqualTo(401);
		assertThat(anonymous.postJson("/api/inera-notices", "{}").statusCode()).isEqualTo(401);
	}

	@Test
	void engineRestAnswersTheSameUsersAsTasklist() {
		assertThat(WebClient.basic(this.port, Credentials.MANAGEMENT).get("/engine-rest/task?maxResults=10").statusCode())
			.isEqualTo(200);
		assertThat(WebClient.basic(this.port, Credentials.OSTERSUND_STAFF).get("/engine-rest/task?maxResults=10").statusCode())
			.isEqualTo(200);
	}

	@Test
	void onlyManagementPostsIneraNotices() {
		assertThat(WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.postJson("/api/inera-notices", "{}")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void healthIsPublic() {
		HttpResponse<String> response = WebClient.anonymous(this.port).get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("UP");
	}

	@Test
	void statusPageAndFeedsAreNotBehindALogin() {
		WebClient anonymous = WebClient.anonymous(this.port);
		for (String path : new String[] { "/driftinformation", "/driftinformation/feed.atom",
				"/driftinformation/planerade.ics", "/api/status" }) {
			assertThat(anonymous.get(path).statusCode()).as(path).isNotIn(401, 403, 302);
		}
	}

	@Test
	void statusPageAnswers200Anonymously() {
		WebClient anonymous = WebClient.anonymous(this.port);
		assertThat(anonymous.get("/driftinformation").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/driftinformation/feed.atom").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/driftinformation/planerade.ics").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/api/status").statusCode()).isEqualTo(200);
	}

	@Test
	void applicationPagesRedirectToTheLoginForm() {
		HttpResponse<String> response = WebClient.anonymous(this.port).get("/mallar", "Accept", "text/html");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/login"));
		HttpResponse<String> login = WebClient.anonymous(this.port).get("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("Logga in").contains("_csrf");
	}

	@Test
	void camundaWebappsShowOnlyTheirLoginToAnonymousUsers() {
		WebClient anonymous = WebClient.anonymous(this.port);
		assertThat(anonymous.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
		assertThat(anonymous.get("/camunda/api/engine/engine/default/user").statusCode()).isEqualTo(401);
		assertThat(anonymous.get("/camunda/api/cockpit/process-definition").statusCode()).isEqualTo(401);
	}

	@Test
	void aLoggedInTasklistUserReachesTheWebappApi() {
		WebClient tasklist = WebClient.tasklist(this.port, Credentials.OSTERSUND_STAFF);
		assertThat(tasklist.get("/camunda/api/engine/engine/default/task?maxResults=10").statusCode()).isEqualTo(200);
	}

	@Test
	void failedLoginsAreThrottledForHttpBasic() {
		String userId = "throttle-test";
		if (this.identityService.createUserQuery().userId(userId).count() == 0) {
			User user = this.identityService.newUser(userId);
			user.setPassword("Right-password-1");
			this.identityService.saveUser(user);
		}
		assertThat(WebClient.basic(this.port, userId, "Right-password-1").get("/engine-rest/task?maxResults=10").statusCode())
			.isEqualTo(200);
		assertThat(WebClient.basic(this.port, userId, "fel").get("/engine-rest/task?maxResults=10").statusCode()).isEqualTo(401);
		// The right password right after a wrong one is refused: the engine delays the next attempt.
		assertThat(WebClient.basic(this.port, userId, "Right-password-1").get("/engine-rest/task?maxResults=10").statusCode())
			.isEqualTo(401);
	}

}
