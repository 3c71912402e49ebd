package se.regionjh.reservrutin.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Deploying, authorizations and expression filters are for administrators only. */
@WebIntegrationTest
class AdministratorOnlyTest {

	private static final String EXPRESSION_FILTER = """
			{"resourceType":"Task","name":"Eget filter","owner":null,
			 "query":{"assigneeExpression":"${currentUser()}"},"properties":{}}""";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	FilterService filterService;

	@ParameterizedTest
	@ValueSource(strings = { Credentials.MANAGEMENT, Credentials.OSTERSUND_MANAGER, Credentials.KROKOM_STAFF })
	void nonAdministratorCannotDeploy(String user) {
		long before = this.repositoryService.createDeploymentQuery().count();
		HttpResponse<String> response = deploy(WebClient.basic(this.port, user));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(this.repositoryService.createDeploymentQuery().count()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { Credentials.MANAGEMENT, Credentials.OSTERSUND_STAFF })
	void nonAdministratorCannotCreateAnExpressionFilter(String user) {
		long before = this.filterService.createFilterQuery().count();
		HttpResponse<String> response = WebClient.basic(this.port, user).postJson("/engine-rest/filter/create",
				EXPRESSION_FILTER);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(this.filterService.createFilterQuery().count()).isEqualTo(before);
		HttpResponse<String> webapp = WebClient.tasklist(this.port, user)
			.postJson("/camunda/api/engine/engine/default/filter/create", EXPRESSION_FILTER);
		assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(400);
		assertThat(this.filterService.createFilterQuery().count()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { Credentials.MANAGEMENT, Credentials.OSTERSUND_MANAGER })
	void nonAdministratorCannotGrantAnAuthorization(String user) {
		long before = this.authorizationService.createAuthorizationQuery().userIdIn(user).count();
		HttpResponse<String> response = WebClient.basic(this.port, user).postJson("/engine-rest/authorization/create",
				"{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"" + user
						+ "\",\"resourceType\":0,\"resourceId\":\"*\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(this.authorizationService.createAuthorizationQuery().userIdIn(user).count()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { Credentials.ADMIN })
	void administratorMayCreateAnExpressionFilter(String user) throws Exception {
		HttpResponse<String> response = WebClient.basic(this.port, user).postJson("/engine-rest/filter/create",
				EXPRESSION_FILTER);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).get("id").asText();
		this.filterService.deleteFilter(id);
	}

	private HttpResponse<String> deploy(WebClient client) {
		String boundary = "----reservrutin-test";
		String bpmn = """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
				  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
				  <process id="Injected" isExecutable="true" camunda:historyTimeToLive="1">
				    <startEvent id="StartEvent_Started"/>
				  </process>
				</definitions>
				""";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\ninjected\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"injected.bpmn\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
		return client.send(HttpRequest.newBuilder(client.uri("/engine-rest/deployment/create"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

}
