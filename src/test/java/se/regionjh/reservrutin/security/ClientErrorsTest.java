package se.regionjh.reservrutin.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's mistake is answered as one (issue 11): a 4xx with a Swedish
 * problem detail saying what is wrong, never the 500 "Internt fel" that sends
 * the user to management with a reference.
 */
@WebIntegrationTest
class ClientErrorsTest {

	private static final String BOUNDARY = "----reservrutin-client-errors";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@ParameterizedTest
	@ValueSource(strings = { "GET form-variables", "GET deployed-form", "GET form", "POST submit-form",
			"POST complete", "POST claim" })
	void aCompletedTaskIsNotFound(String call) {
		Task task = ostersundTask();
		this.taskService.complete(task.getId());

		HttpResponse<String> response = callTask(WebClient.basic(this.port, Credentials.OSTERSUND_STAFF), task, call);

		assertProblem(response, 404, "Uppgiften finns inte längre");
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET form", "POST complete", "POST claim" })
	void aRemovedTaskIsNotFoundForTheAdministratorToo(String call) {
		Task task = ostersundTask();
		this.runtimeService.deleteProcessInstance(task.getProcessInstanceId(), "test");

		HttpResponse<String> response = callTask(WebClient.basic(this.port, Credentials.ADMIN), task, call);

		assertProblem(response, 404, "Uppgiften finns inte längre");
	}

	@Test
	void aCompletedTaskIsNotFoundInTasklist() {
		Task task = ostersundTask();
		this.taskService.complete(task.getId());

		HttpResponse<String> response = WebClient.tasklist(this.port, Credentials.OSTERSUND_STAFF)
			.get("/camunda/api/engine/engine/default/task/" + task.getId() + "/form");

		assertProblem(response, 404, "Uppgiften finns inte längre");
	}

	@Test
	void claimingATaskSomeoneElseHasIsAConflict() {
		Task task = ostersundTask();
		this.taskService.claim(task.getId(), Credentials.OSTERSUND_MANAGER);

		HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.postJson("/engine-rest/task/" + task.getId() + "/claim",
					"{\"userId\":\"" + Credentials.OSTERSUND_STAFF + "\"}");

		assertProblem(response, 409, "Uppgiften har redan tagits av någon annan");
		assertThat(this.taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
			.isEqualTo(Credentials.OSTERSUND_MANAGER);
	}

	@Test
	void claimingATaskSomeoneElseHasIsAConflictInTasklist() {
		Task task = ostersundTask();
		this.taskService.claim(task.getId(), Credentials.OSTERSUND_MANAGER);

		HttpResponse<String> response = WebClient.tasklist(this.port, Credentials.OSTERSUND_STAFF)
			.postJson("/camunda/api/engine/engine/default/task/" + task.getId() + "/claim",
					"{\"userId\":\"" + Credentials.OSTERSUND_STAFF + "\"}");

		assertProblem(response, 409, "Uppgiften har redan tagits av någon annan");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Object", "Xml" })
	void aSerializedOrXmlVariableInASubmitIsRefused(String type) {
		Task task = ostersundTask();
		String variable = "Object".equals(type) ? """
				{"value":"rO0ABXQAAXg=","type":"Object","valueInfo":{"objectTypeName":"java.lang.String",
				"serializationDataFormat":"application/x-java-serialized-object"}}""" : """
				{"value":"<a/>","type":"Xml"}""";

		HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.postJson("/engine-rest/task/" + task.getId() + "/submit-form",
					"{\"variables\":{\"payload\":" + variable + "}}");

		assertProblem(response, 400, "payload");
		assertThat(response.body()).contains("tas inte emot");
		assertThat(this.taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
	}

	@Test
	void aBpmnWithADoctypeIsRefused() {
		long before = this.repositoryService.createDeploymentQuery().count();
		String bpmn = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE definitions [<!ENTITY name "Doctype">]>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
				  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
				  <process id="WithDoctype" name="&name;" isExecutable="true" camunda:historyTimeToLive="1">
				    <startEvent id="StartEvent_Started"/>
				  </process>
				</definitions>
				""";

		HttpResponse<String> response = deploy(WebClient.basic(this.port, Credentials.ADMIN),
				"Content-Disposition: form-data; name=\"data\"; filename=\"doctype.bpmn\"", bpmn);

		assertProblem(response, 400, "DOCTYPE");
		assertThat(this.repositoryService.createDeploymentQuery().count()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Content-Disposition: form-data; name=\"data\"",
			"Content-Disposition: form-data; name=\"data\"; filename=\"\"" })
	void aDeploymentResourceWithoutAFilenameIsRefused(String disposition) {
		long before = this.repositoryService.createDeploymentQuery().count();

		HttpResponse<String> response = deploy(WebClient.basic(this.port, Credentials.ADMIN), disposition,
				"<definitions/>");

		assertProblem(response, 400, "Filen i fältet data saknar filnamn");
		assertThat(this.repositoryService.createDeploymentQuery().count()).isEqualTo(before);
	}

	@Test
	void aFileVariableWithoutAFilenameIsRefused() {
		Task task = ostersundTask();

		HttpResponse<String> response = uploadVariable(task, "attachment",
				"Content-Disposition: form-data; name=\"data\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--"
						+ BOUNDARY + "\r\nContent-Disposition: form-data; name=\"valueType\"\r\n\r\nFile");

		assertProblem(response, 400, "Filen i fältet data saknar filnamn");
		assertThat(this.taskService.getVariable(task.getId(), "attachment")).isNull();
	}

	@Test
	void aBinaryVariableWithoutItsDataIsRefused() {
		Task task = ostersundTask();

		HttpResponse<String> response = uploadVariable(task, "attachment",
				"Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4");

		assertProblem(response, 400, "Fältet data saknas");
		assertThat(this.taskService.getVariable(task.getId(), "attachment")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Object", "Xml" })
	void aSerializedOrXmlBinaryVariableIsRefused(String type) {
		Task task = ostersundTask();

		HttpResponse<String> response = uploadVariable(task, "payload",
				"Content-Disposition: form-data; name=\"data\"; filename=\"payload\"\r\n"
						+ "Content-Type: application/x-java-serialized-object\r\n\r\n\u00ac\u00ed\u0000\u0005t\u0000\u0001x\r\n--"
						+ BOUNDARY + "\r\nContent-Disposition: form-data; name=\"valueType\"\r\n\r\n" + type);

		assertProblem(response, 400, "tas inte emot: payload");
		assertThat(this.taskService.getVariable(task.getId(), "payload")).isNull();
	}

	@Test
	void aFileVariableWithAFilenameIsStored() {
		Task task = ostersundTask();

		HttpResponse<String> response = uploadVariable(task, "attachment",
				"Content-Disposition: form-data; name=\"data\"; filename=\"rutin.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--"
						+ BOUNDARY + "\r\nContent-Disposition: form-data; name=\"valueType\"\r\n\r\nFile");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		assertThat(this.taskService.getVariableTyped(task.getId(), "attachment").getValue())
			.isInstanceOf(java.io.InputStream.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "+999999999-01-01T00:00:00.000+0100", "999999999-01-01T00:00:00.000+0100" })
	void aDateBeyondTheYear9999InAVariableIsRefused(String date) {
		Task task = ostersundTask();

		HttpResponse<String> response = WebClient.basic(this.port, Credentials.ADMIN)
			.postJson("/engine-rest/task/" + task.getId() + "/complete",
					"{\"variables\":{\"deadline\":{\"value\":\"" + date + "\",\"type\":\"Date\"}}}");

		assertProblem(response, 400, "deadline");
		assertThat(this.taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
	}

	@Test
	void aDateWithinTheYear9999IsStored() {
		Task task = ostersundTask();

		HttpResponse<String> response = WebClient.basic(this.port, Credentials.ADMIN)
			.putJson("/engine-rest/task/" + task.getId() + "/variables/deadline",
					"{\"value\":\"9999-12-31T10:00:00.000+0100\",\"type\":\"Date\"}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		assertThat(this.taskService.getVariable(task.getId(), "deadline")).isInstanceOf(java.util.Date.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "+999999999-01-01T00:00:00.000+0100", "999999999-01-01T00:00:00.000+0100" })
	void aDateBeyondTheYear9999InAQueryIsRefused(String date) {
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.get("/engine-rest/task?maxResults=10&dueBefore=" + WebClient.encode(date));

		assertProblem(response, 400, "dueBefore");
	}

	@Test
	void conditionsNoProcessWaitsForAreAClientError() {
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.ADMIN)
			.postJson("/engine-rest/condition", "{\"variables\":{\"temperature\":{\"value\":24}}}");

		assertProblem(response, 400, "inget villkor för en villkorsstart är uppfyllt");
	}

	@Test
	void conditionsFromANonAdministratorAreRefusedNamingTheVariable() {
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.postJson("/engine-rest/condition", "{\"variables\":{\"temperature\":{\"value\":24}}}");

		assertProblem(response, 400, "Följande fält får inte sättas här: temperature");
	}

	@Test
	void aDoubleSlashIsABadRequest() {
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF).get("//engine-rest/task");

		assertProblem(response, 400, "Adressen är ogiltig");
	}

	@Test
	void theErrorPageItselfIsNotFound() {
		HttpResponse<String> response = WebClient.anonymous(this.port).get("/error");

		assertProblem(response, 404, "Sidan finns inte");
	}

	private Task ostersundTask() {
		UnitTasks.deploy(this.repositoryService);
		return UnitTasks.start(this.runtimeService, this.taskService, UnitTasks.OSTERSUND);
	}

	private static HttpResponse<String> callTask(WebClient client, Task task, String call) {
		String[] parts = call.split(" ");
		String path = "/engine-rest/task/" + task.getId() + "/" + parts[1];
		if ("GET".equals(parts[0])) {
			return client.get(path);
		}
		return client.postJson(path, "claim".equals(parts[1]) ? "{\"userId\":\"" + Credentials.OSTERSUND_STAFF + "\"}"
				: "{\"variables\":{}}");
	}

	private HttpResponse<String> uploadVariable(Task task, String name, String parts) {
		String body = "--" + BOUNDARY + "\r\n" + parts + "\r\n--" + BOUNDARY + "--\r\n";
		WebClient admin = WebClient.basic(this.port, Credentials.ADMIN);
		return admin.send(HttpRequest.newBuilder(admin.uri("/engine-rest/task/" + task.getId() + "/variables/" + name + "/data"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1)));
	}

	private static HttpResponse<String> deploy(WebClient client, String disposition, String content) {
		String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nclient-errors\r\n"
				+ "--" + BOUNDARY + "\r\n" + disposition + "\r\nContent-Type: application/octet-stream\r\n\r\n" + content
				+ "\r\n--" + BOUNDARY + "--\r\n";
		return client.send(HttpRequest.newBuilder(client.uri("/engine-rest/deployment/create"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	/** A problem detail in Swedish with the status, and no internals. */
	private static void assertProblem(HttpResponse<String> response, int status, String text) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body())
			.startsWith("application/problem+json");
		assertThat(response.body()).contains(text)
			.doesNotContain("Internt fel")
			.doesNotContain("Exception")
			.doesNotContain("ENGINE-");
	}

}
