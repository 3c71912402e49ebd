package se.regionjh.reservrutin.security;

import java.io.File;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.regionjh.reservrutin.faultreport.FaultReportProcess;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.outage.OutageProcess;
import se.regionjh.reservrutin.publication.Outages;
import se.regionjh.reservrutin.routines.RoutineReviewProcess;
import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.units.UnitRegistry;

import se.regionjh.reservrutin.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user task of every process in processes/: completing it with an extra
 * identity variable, as the user the task is for, is refused and changes
 * nothing (issue 11). The tasks are reached by process instance modification,
 * so a new task or process is covered without a new test.
 */
@WebIntegrationTest
class EveryUserTaskGuardTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	OutageJournal journal;

	@Autowired
	UnitRegistry units;

	@TestFactory
	Stream<DynamicTest> completingAnyUserTaskWithAnIdentityVariableIsRefused() {
		List<DynamicTest> tests = new ArrayList<>();
		File[] files = new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"));
		assertThat(files).isNotEmpty();
		for (File file : files) {
			var model = Bpmn.readModelFromFile(file);
			for (Process process : model.getModelElementsByType(Process.class)) {
				for (UserTask task : model.getModelElementsByType(UserTask.class)) {
					tests.add(DynamicTest.dynamicTest(process.getId() + " " + task.getId(),
							() -> assertRefused(process.getId(), task.getId())));
				}
			}
		}
		return tests.stream();
	}

	private void assertRefused(String processKey, String taskId) {
		long outageId = new Outages(this.journal, this.units).ongoing("Störning", "Text", "stod-och-behandling").id();
		Map<String, Object> variables = new HashMap<>();
		variables.put(OutageProcess.Vars.OUTAGE_ID, outageId);
		variables.put(OutageProcess.Vars.UNIT_ID, "hc-ostersund");
		variables.put(FaultReportProcess.Vars.REPORTER, Credentials.OSTERSUND_STAFF);
		variables.put(RoutineReviewProcess.Vars.DUE_AT, new Date(System.currentTimeMillis() + 86_400_000L));
		variables.put(RoutineReviewProcess.Vars.REMIND_AT, new Date(System.currentTimeMillis() + 43_200_000L));
		String instanceId = this.runtimeService.createProcessInstanceByKey(processKey)
			.startBeforeActivity(taskId)
			.setVariables(variables)
			.execute(true, true)
			.getId();
		Task task = this.taskService.createTaskQuery()
			.processInstanceId(instanceId)
			.taskDefinitionKey(taskId)
			.singleResult();
		assertThat(task).as(taskId).isNotNull();
		String user = userFor(task);
		HttpResponse<String> response = WebClient.basic(this.port, user)
			.postJson("/engine-rest/task/" + task.getId() + "/complete",
					"{\"variables\":{\"unitId\":{\"value\":\"hc-krokom\"},\"outageId\":{\"value\":"
							+ (outageId + 1000) + ",\"type\":\"Long\"}}}");
		assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(400);
		assertThat(response.body()).contains("unitId").contains("outageId");
		assertThat(this.taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
		assertThat(this.taskService.getVariable(task.getId(), OutageProcess.Vars.UNIT_ID)).isEqualTo("hc-ostersund");
		assertThat(this.taskService.getVariable(task.getId(), OutageProcess.Vars.OUTAGE_ID)).isEqualTo(outageId);
		this.runtimeService.deleteProcessInstance(instanceId, "test", true, true);
	}

	/** The user the task is meant for, so the refusal is the guard's and not the engine's authorization. */
	private String userFor(Task task) {
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		for (IdentityLink link : this.taskService.getIdentityLinksForTask(task.getId())) {
			if ("forvaltning".equals(link.getGroupId())) {
				return Credentials.MANAGEMENT;
			}
			if ("unit-hc-ostersund-manager".equals(link.getGroupId())) {
				return Credentials.OSTERSUND_MANAGER;
			}
			if ("unit-hc-ostersund".equals(link.getGroupId())) {
				return Credentials.OSTERSUND_STAFF;
			}
		}
		throw new IllegalStateException("No demo user for task " + task.getTaskDefinitionKey());
	}

}
