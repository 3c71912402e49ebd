package se.regionjh.reservrutin.security;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.ExpressionCanary;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Task queries with expressions are refused for non-administrators, top-level
 * and inside orQueries (CVE-2026-109432), and the bean an expression would call
 * is never called.
 */
@WebIntegrationTest
class ExpressionQueryTest {

	private static final String CANARY = "${" + ExpressionCanary.BEAN_NAME + ".call()}";

	@LocalServerPort
	int port;

	@Autowired
	ExpressionCanary canary;

	@Autowired
	FilterService filterService;

	@AfterEach
	void theCanaryWasNeverCalled() {
		assertThat(this.canary.calls()).isZero();
	}

	@Test
	void topLevelExpressionInAQueryParameterIsRefused() {
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.get("/engine-rest/task?maxResults=10&assigneeExpression=" + WebClient.encode(CANARY));
		assertRefused(response);
	}

	@Test
	void topLevelExpressionInAJsonQueryIsRefused() {
		WebClient client = WebClient.basic(this.port, Credentials.MANAGEMENT);
		assertRefused(client.postJson("/engine-rest/task?maxResults=10", "{\"assigneeExpression\":\"" + CANARY + "\"}"));
		assertRefused(client.postJson("/engine-rest/task/count", "{\"dueAfterExpression\":\"#{"
				+ ExpressionCanary.BEAN_NAME + ".call()}\"}"));
	}

	@Test
	void expressionInsideOrQueriesIsRefused() {
		WebClient client = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF);
		assertRefused(client.postJson("/engine-rest/task?maxResults=10",
				"{\"orQueries\":[{\"candidateGroupExpression\":\"" + CANARY + "\"}]}"));
		assertRefused(client.postJson("/engine-rest/task/count",
				"{\"orQueries\":[{\"name\":\"x\"},{\"assigneeExpression\":\"" + CANARY + "\"}]}"));
		assertRefused(client.postJson("/engine-rest/engine/default/task/count",
				"{\"orQueries\":[{\"assigneeExpression\":\"" + CANARY + "\"}]}"));
	}

	@Test
	void jsonEscapedExpressionIsRefused() {
		// \u0024 is '$': the engine's JSON parser would turn it back into an expression.
		assertRefused(WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.postJson("/engine-rest/task/count", "{\"orQueries\":[{\"assigneeExpression\":\"\\u0024{"
					+ ExpressionCanary.BEAN_NAME + ".call()}\"}]}"));
	}

	@Test
	void expressionInAFiltersExtendingQueryIsRefused() {
		String filterId = this.filterService.createFilterQuery().filterName("Min grupps uppgifter").singleResult().getId();
		assertRefused(WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.postJson("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=10",
					"{\"orQueries\":[{\"assigneeExpression\":\"" + CANARY + "\"}]}"));
	}

	@Test
	void tasklistApiRefusesExpressionsToo() {
		WebClient tasklist = WebClient.tasklist(this.port, Credentials.OSTERSUND_STAFF);
		assertRefused(tasklist.postJson("/camunda/api/engine/engine/default/task?maxResults=10",
				"{\"orQueries\":[{\"assigneeExpression\":\"" + CANARY + "\"}]}"));
		assertRefused(tasklist.get("/camunda/api/engine/engine/default/task?maxResults=10&assigneeExpression="
				+ WebClient.encode(CANARY)));
	}

	@Test
	void queriesWithoutExpressionsStillWork() {
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.postJson("/engine-rest/task/count", "{\"orQueries\":[{\"name\":\"x\"},{\"assignee\":\"y\"}]}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private static void assertRefused(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("Uttryck");
	}

}
