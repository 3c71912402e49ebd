package se.regionjh.reservrutin.security;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

import se.regionjh.reservrutin.support.RegisteredProcessEngine;
import se.regionjh.reservrutin.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 item 4: wrong passwords from one source stop that source for a while
 * (429), not the account: the engine's own counter of the account is untouched
 * and nothing is locked. Its own context, with a limit of three failures.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "reservrutin.security.login-source-limit.max-failures=3")
@ActiveProfiles({ "demo", "test" })
@TestExecutionListeners(listeners = RegisteredProcessEngine.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
class LoginSourceLimitWebTest {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Test
	void aSourceThatKeepsGuessingIsRefusedWith429AndTheAccountIsNotLocked() {
		assertThat(WebClient.basic(this.port, "gissning-1", "fel").get("/api/outages").statusCode()).isEqualTo(401);
		assertThat(WebClient.basic(this.port, "gissning-2", "fel").get("/engine-rest/task?maxResults=1").statusCode())
			.isEqualTo(401);
		assertThat(WebClient.basic(this.port, "gissning-3", "fel").get("/reservrutiner").statusCode()).isEqualTo(401);

		HttpResponse<String> refused = WebClient.basic(this.port, "forvaltare").get("/api/outages");

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
				(seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 600L));
		assertThat(refused.body()).contains("För många misslyckade inloggningar från din adress. Försök igen om 10 minuter.");
		// No credentials, no limit: the status page still answers this source.
		assertThat(WebClient.anonymous(this.port).get("/driftinformation").statusCode()).isEqualTo(200);
		// The account itself was never tried, so it is neither delayed nor locked.
		assertThat(this.identityService.createUserQuery().userId("forvaltare").singleResult()).isNotNull();
		assertThat(this.identityService.checkPassword("forvaltare", "demo")).isTrue();
	}

}
