package se.regionjh.reservrutin.security;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A tiny process whose only user task belongs to one unit (candidate group
 * unit-&lt;unitId&gt;), deployed by the tests themselves so they do not depend
 * on the outage process's path to unit tasks.
 */
final class UnitTasks {

	static final String PROCESS_KEY = "SecurityTestUnitTask";

	static final String OSTERSUND = "hc-ostersund";

	static final String KROKOM = "hc-krokom";

	private UnitTasks() {
	}

	static void deploy(RepositoryService repositoryService) {
		BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY)
			.camundaHistoryTimeToLive(1)
			.startEvent("StartEvent_Started")
			.userTask("Task_UnitWork")
			.name("Enhetens uppgift")
			.camundaCandidateGroups("unit-${unitId}")
			.endEvent("EndEvent_Done")
			.done();
		repositoryService.createDeployment()
			.name("security-tests")
			.enableDuplicateFiltering(true)
			.addModelInstance(PROCESS_KEY + ".bpmn", model)
			.deploy();
	}

	/** Starts one instance for the unit and returns its task (no user authenticated). */
	static Task start(RuntimeService runtimeService, TaskService taskService, String unitId) {
		String instanceId = runtimeService.startProcessInstanceByKey(PROCESS_KEY, java.util.Map.of("unitId", unitId))
			.getId();
		return taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
	}

}
