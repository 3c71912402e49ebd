package se.regionjh.reservrutin.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the process test classes: the engine's clock under the test's
 * control, and small helpers to drive a process instance.
 */
public abstract class ProcessTestSupport {

	@Autowired
	protected ProcessEngine engine;

	/** The test's "now": a Thursday morning, moved on with {@link #advance}. */
	protected Instant now;

	@BeforeEach
	void initEngineAndClock() {
		BpmnAwareTests.init(this.engine);
		this.now = OffsetDateTime.of(2026, 11, 26, 8, 0, 0, 0, ZoneOffset.UTC).toInstant();
		ClockUtil.setCurrentTime(Date.from(this.now));
	}

	@AfterEach
	void resetClockAndAuthentication() {
		this.engine.getIdentityService().clearAuthentication();
		ClockUtil.reset();
		BpmnAwareTests.reset();
	}

	protected void advance(java.time.Duration duration) {
		setClock(this.now.plus(duration));
	}

	protected void setClock(Instant instant) {
		this.now = instant.truncatedTo(ChronoUnit.SECONDS);
		ClockUtil.setCurrentTime(Date.from(this.now));
	}

	/** ISO text as the Camunda Forms datetime field sends it. */
	protected static String iso(Instant instant) {
		return instant.atOffset(ZoneOffset.ofHours(1)).toString();
	}

	/**
	 * Acts as the user would in Tasklist: the user with its groups, so the
	 * engine's authorization checks see the same rights (a user id alone has none).
	 */
	protected void authenticateAs(String userId) {
		Users.authenticate(this.engine.getIdentityService(), userId);
	}

	/** Completes the task as that user would in Tasklist, then runs the jobs that became due. */
	protected void completeAs(String userId, ProcessInstance instance, Task task, java.util.Map<String, Object> variables) {
		completeAs(userId, task, variables);
		runJobs(instance);
	}

	/** Completes the task as that user would in Tasklist, signed in with the user's groups. */
	protected void completeAs(String userId, Task task, java.util.Map<String, Object> variables) {
		Users.complete(this.engine, userId, task.getId(), variables);
	}

	/** The ids of the running instances of a process, to find the one a timer or message started. */
	protected java.util.Set<String> instanceIds(String processKey) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.listPage(0, 2000)
			.stream()
			.map(ProcessInstance::getId)
			.collect(java.util.stream.Collectors.toSet());
	}

	protected void runJobs(ProcessInstance instance) {
		Jobs.executeDue(this.engine.getManagementService(), instance.getId());
	}

	protected List<Task> tasks(ProcessInstance instance, String taskDefinitionKey) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(taskDefinitionKey)
			.listPage(0, 500);
	}

	/** The instance's one open task, whichever it is. */
	protected Task task(ProcessInstance instance) {
		return BpmnAwareTests.task(instance);
	}

	protected Task task(ProcessInstance instance, String taskDefinitionKey) {
		List<Task> found = tasks(instance, taskDefinitionKey);
		if (found.size() != 1) {
			throw new AssertionError("Expected one task " + taskDefinitionKey + " but found " + found.size());
		}
		return found.get(0);
	}

	protected List<String> candidateGroups(Task task) {
		return this.engine.getTaskService()
			.getIdentityLinksForTask(task.getId())
			.stream()
			.filter((link) -> link.getGroupId() != null)
			.map((link) -> link.getGroupId())
			.toList();
	}

}
