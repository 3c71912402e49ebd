package se.regionjh.reservrutin.security;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.regionjh.reservrutin.faultreport.FaultReportProcess;
import se.regionjh.reservrutin.outage.OutageProcess;
import se.regionjh.reservrutin.outage.OutageProcess.Vars;
import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.Jobs;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.support.WebIntegrationTest;
import se.regionjh.reservrutin.system.ProcessValues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Completing a task sets only the fields of its form; identity variables and
 * every other variable write are refused for non-administrators (issue 11).
 */
@WebIntegrationTest
class TaskVariableGuardTest {

	private static final String ENGINE_REST = "/engine-rest";

	private static final String TASKLIST_API = "/camunda/api/engine/engine/default";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	IdentityService identityService;

	/** The reproduction of issue 11: Östersund's review task pointed at another outage and at Krokom. */
	@Test
	void aUnitCannotRedirectAnotherOutageThroughItsOwnReviewTask() {
		ProcessInstance first = outageInReview();
		ProcessInstance second = outageInReview();
		Object secondOutageId = this.runtimeService.getVariable(second.getId(), Vars.OUTAGE_ID);
		Task review = ostersundReview(first);
		Object outageIdBefore = this.taskService.getVariable(review.getId(), Vars.OUTAGE_ID);

		HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.postJson(ENGINE_REST + "/task/" + review.getId() + "/submit-form", """
					{"variables":{"casesReviewed":{"value":3},"casesClosedWithoutReply":{"value":1},
					"patientsPhoned":{"value":0},"unitId":{"value":"hc-krokom"},
					"outageId":{"value":%s,"type":"Long"}}}""".formatted(secondOutageId));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("unitId").contains("outageId").doesNotContain("casesReviewed");
		assertThat(this.taskService.createTaskQuery().taskId(review.getId()).count()).as("task still open").isOne();
		assertThat(this.taskService.getVariable(review.getId(), Vars.UNIT_ID)).isEqualTo("hc-ostersund");
		assertThat(this.taskService.getVariable(review.getId(), Vars.OUTAGE_ID)).isEqualTo(outageIdBefore);
		assertThat(this.taskService.getVariable(review.getId(), Vars.CASES_REVIEWED)).isNull();
	}

	@Test
	void theFormsOwnFieldsAreAcceptedThroughTheEngineRestApi() {
		Task review = ostersundReview(outageInReview());
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.postJson(ENGINE_REST + "/task/" + review.getId() + "/submit-form", reviewForm(review));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		assertThat(this.taskService.createTaskQuery().taskId(review.getId()).count()).isZero();
	}

	@Test
	void theFormsOwnFieldsAreAcceptedThroughTasklistsApi() {
		Task review = ostersundReview(outageInReview());
		HttpResponse<String> response = WebClient.tasklist(this.port, Credentials.OSTERSUND_STAFF)
			.postJson(TASKLIST_API + "/task/" + review.getId() + "/submit-form", reviewForm(review));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		assertThat(this.taskService.createTaskQuery().taskId(review.getId()).count()).isZero();
	}

	@Test
	void aReadOnlyFieldSentWithAnotherValueIsRefusedThroughTasklistsApi() {
		Task review = ostersundReview(outageInReview());
		HttpResponse<String> response = WebClient.tasklist(this.port, Credentials.OSTERSUND_STAFF)
			.postJson(TASKLIST_API + "/task/" + review.getId() + "/submit-form",
					"{\"variables\":{\"casesReviewed\":{\"value\":1},\"unitName\":{\"value\":\"HC Krokom\"}}}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("unitName");
		assertThat(this.taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
	}

	@Test
	void variableEndpointsAreForAdministratorsOnly() {
		Task review = ostersundReview(outageInReview());
		Object before = this.taskService.getVariable(review.getId(), Vars.OUTAGE_ID);
		String instance = review.getProcessInstanceId();
		for (WebClient client : List.of(WebClient.basic(this.port, Credentials.OSTERSUND_STAFF),
				WebClient.basic(this.port, Credentials.MANAGEMENT))) {
			String api = ENGINE_REST;
			assertRefused(client.putJson(api + "/task/" + review.getId() + "/variables/outageId",
					"{\"value\":999,\"type\":\"Long\"}"), "outageId");
			assertRefused(client.postJson(api + "/task/" + review.getId() + "/localVariables",
					"{\"modifications\":{\"outageId\":{\"value\":999,\"type\":\"Long\"}}}"), "");
			assertRefused(client.postJson(api + "/process-instance/" + instance + "/variables",
					"{\"modifications\":{\"outageId\":{\"value\":999,\"type\":\"Long\"}}}"), "");
			assertRefused(client.delete(api + "/process-instance/" + instance + "/variables/outageId"), "outageId");
			assertRefused(client.postJson(api + "/message",
					"{\"messageName\":\"" + OutageProcess.Messages.INERA_RESOLVED + "\",\"processInstanceId\":\"" + instance
							+ "\",\"processVariables\":{\"outageId\":{\"value\":999,\"type\":\"Long\"}}}"),
					"outageId");
		}
		WebClient tasklist = WebClient.tasklist(this.port, Credentials.OSTERSUND_STAFF);
		assertRefused(tasklist.putJson(TASKLIST_API + "/task/" + review.getId() + "/variables/outageId",
				"{\"value\":999,\"type\":\"Long\"}"), "outageId");
		assertRefused(tasklist.postJson(TASKLIST_API + "/task/" + review.getId() + "/variables",
				"{\"modifications\":{\"unitId\":{\"value\":\"hc-krokom\"}}}"), "");
		assertThat(this.taskService.getVariable(review.getId(), Vars.OUTAGE_ID)).isEqualTo(before);
		assertThat(this.taskService.getVariable(review.getId(), Vars.UNIT_ID)).isEqualTo("hc-ostersund");
	}

	@Test
	void anAdministratorMaySetVariables() {
		Task review = ostersundReview(outageInReview());
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.ADMIN)
			.putJson(ENGINE_REST + "/task/" + review.getId() + "/localVariables/adminNote", "{\"value\":\"ok\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		assertThat(this.taskService.getVariableLocal(review.getId(), "adminNote")).isEqualTo("ok");
	}

	@Test
	void anXmlVariableIsRefusedWithA400() {
		Task review = ostersundReview(outageInReview());
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.ADMIN)
			.postJson(ENGINE_REST + "/task/" + review.getId() + "/complete",
					"{\"variables\":{\"casesReviewed\":{\"value\":\"<a/>\",\"type\":\"Xml\"}}}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("casesReviewed").contains("Xml");
		assertThat(this.taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
	}

	@Test
	void aFormStartedProcessTakesOnlyItsStartFormsFields() {
		String start = "/process-definition/key/" + FaultReportProcess.KEY + "/submit-form";
		long before = this.runtimeService.createProcessInstanceQuery().processDefinitionKey(FaultReportProcess.KEY).count();
		HttpResponse<String> spoofed = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.postJson(ENGINE_REST + start, "{\"variables\":{" + FAULT_REPORT
					+ ",\"reporter\":{\"value\":\"chef-krokom\"},\"reporterUnitId\":{\"value\":\"hc-krokom\"}}}");
		assertThat(spoofed.statusCode()).as(spoofed.body()).isEqualTo(400);
		assertThat(spoofed.body()).contains("reporter").contains("reporterUnitId");
		assertThat(this.runtimeService.createProcessInstanceQuery().processDefinitionKey(FaultReportProcess.KEY).count())
			.isEqualTo(before);
		HttpResponse<String> own = WebClient.tasklist(this.port, Credentials.OSTERSUND_STAFF)
			.postJson(TASKLIST_API + start, "{\"variables\":{" + FAULT_REPORT + "}}");
		assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
		assertThat(this.runtimeService.createProcessInstanceQuery().processDefinitionKey(FaultReportProcess.KEY).count())
			.isEqualTo(before + 1);
	}

	private static final String FAULT_REPORT = "\"services\":{\"value\":\"[\\\"stod-och-behandling\\\"]\",\"type\":\"Json\"},"
			+ "\"description\":{\"value\":\"Journalen svarar inte.\"},\"contact\":{\"value\":\"070-1234567\"}";

	private static void assertRefused(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("får inte sättas").contains(field);
	}

	/** What Tasklist sends for the review form: its fields, read-only ones with their current value. */
	private String reviewForm(Task review) {
		Object unitName = this.taskService.getVariable(review.getId(), Vars.UNIT_NAME);
		Object reference = this.taskService.getVariable(review.getId(), Vars.OUTAGE_REFERENCE);
		return "{\"variables\":{\"casesReviewed\":{\"value\":3},\"casesClosedWithoutReply\":{\"value\":1},"
				+ "\"patientsPhoned\":{\"value\":0},\"reviewComment\":{\"value\":\"Inga problem.\"},"
				+ "\"unitName\":{\"value\":" + jsonString(unitName) + "},\"outageReference\":{\"value\":"
				+ jsonString(reference) + "}}}";
	}

	private static String jsonString(Object value) {
		return (value == null) ? "null" : "\"" + value.toString().replace("\"", "\\\"") + "\"";
	}

	/** An unplanned outage of a service Östersund uses, restored: the units' reviews are open. */
	private ProcessInstance outageInReview() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		ProcessInstance instance;
		this.identityService.setAuthentication(Credentials.MANAGEMENT, List.of(se.regionjh.reservrutin.units.Groups.MANAGEMENT));
		try {
			instance = this.runtimeService.startProcessInstanceByKey(OutageProcess.KEY,
					Map.of(Vars.SERVICES, ProcessValues.jsonList(List.of("stod-och-behandling")), Vars.TITLE, "Störning",
							Vars.PUBLIC_TEXT, "Tjänsten svarar inte.", Vars.LOGIN_AFFECTED, false));
		}
		finally {
			this.identityService.clearAuthentication();
		}
		Jobs.executeDue(this.managementService, instance.getId());
		Map<String, Object> assessment = new HashMap<>();
		assessment.put(Vars.TITLE, "Störning");
		assessment.put(Vars.PLANNED, false);
		assessment.put(Vars.STARTS_AT, now.toString());
		assessment.put(Vars.EXPECTED_END, now.plus(4, ChronoUnit.HOURS).toString());
		assessment.put(Vars.NEXT_UPDATE_AT, now.plus(1, ChronoUnit.HOURS).toString());
		assessment.put(Vars.PUBLIC_TEXT, "Tjänsten fungerar inte.");
		assessment.put(Vars.INERA_INFO_PRESENT, true);
		assessment.put(Vars.UNIT_TASKS_REQUESTED, false);
		assessment.put(Vars.AFFECTED_UNITS, ProcessValues.jsonList(List.of()));
		complete(instance, OutageProcess.Elements.ASSESS_OUTAGE, assessment);
		complete(instance, OutageProcess.Elements.UPDATE_STATUS,
				Map.of(Vars.SERVICE_RESTORED, true, Vars.STATUS_TEXT, "Tjänsten fungerar igen."));
		return instance;
	}

	private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
		Task task = this.taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(taskKey)
			.singleResult();
		this.identityService.setAuthentication(Credentials.MANAGEMENT, List.of(se.regionjh.reservrutin.units.Groups.MANAGEMENT));
		try {
			this.taskService.complete(task.getId(), variables);
		}
		finally {
			this.identityService.clearAuthentication();
		}
		Jobs.executeDue(this.managementService, instance.getId());
	}

	private Task ostersundReview(ProcessInstance instance) {
		return this.taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(OutageProcess.Elements.REVIEW_CASES)
			.taskCandidateGroup("unit-hc-ostersund")
			.singleResult();
	}

}
