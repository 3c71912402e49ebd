package se.regionjh.reservrutin.routines;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionjh.reservrutin.routines.RoutineReviewProcess.Vars;
import se.regionjh.reservrutin.support.IntegrationTest;
import se.regionjh.reservrutin.support.Jobs;
import se.regionjh.reservrutin.system.ProcessStartSchedule;
import se.regionjh.reservrutin.system.StartTimers;
import se.regionjh.reservrutin.units.Unit;
import se.regionjh.reservrutin.units.UnitRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static se.regionjh.reservrutin.support.Timers.startTimers;
import static se.regionjh.reservrutin.support.Timers.swedish;

@IntegrationTest
class RoutineReviewProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	IdentityService identityService;

	@Autowired
	StartTimers startTimers;

	@Autowired
	@Qualifier(RoutineReviewProcess.SCHEDULE_BEAN)
	ProcessStartSchedule schedule;

	@Autowired
	RoutineReviews reviews;

	@Autowired
	CentralRoutine centralRoutine;

	@Autowired
	LocalRoutines localRoutines;

	@Autowired
	UnitRegistry units;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		init(this.engine);
	}

	@AfterEach
	void tearDown() {
		this.identityService.clearAuthentication();
		ClockUtil.reset();
	}

	@Test
	void startTimerFiresOnTheFirstWorkingDayOfMarchAndEveryUnitGetsExactlyOneReviewTask() {
		ClockUtil.setCurrentTime(swedish("2027-02-20T10:00"));
		assertThat(this.startTimers.reconcile(this.schedule)).isEqualTo(swedish("2027-03-01T08:00"));
		Set<String> before = instanceIds();
		ClockUtil.setCurrentTime(swedish("2027-03-01T08:00"));

		this.managementService.executeJob(startTimers(this.managementService, RoutineReviewProcess.KEY).get(0).getId());

		Set<String> started = instanceIds();
		started.removeAll(before);
		assertThat(started).hasSize(1);
		ProcessInstance instance = instance(started.iterator().next());
		assertThat(instance).isWaitingAt(RoutineReviewProcess.Elements.OPEN_ROUND);
		Jobs.executeDue(this.managementService, instance.getId());

		List<Task> tasks = reviewTasks(instance);
		assertThat(tasks).extracting(Task::getName).containsOnly("Gå igenom reservrutinerna");
		assertThat(tasks.stream().map(this::candidateGroup).toList()).containsExactlyInAnyOrderElementsOf(
				this.units.all().stream().map(Unit::managerGroupId).toList());
		// 20 working days from 1 March 2027, skipping Good Friday and Easter Monday.
		assertThat(tasks).extracting(Task::getDueDate).containsOnly(swedish("2027-03-31T16:00"));
		assertThat(this.taskService.getVariables(tasks.get(0).getId()))
			.containsEntry(Vars.CENTRAL_VERSION, (long) this.centralRoutine.current().version())
			.containsKey(Vars.CURRENT_LOCAL_ROUTINE);
		assertThat(startTimers(this.managementService, RoutineReviewProcess.KEY)).singleElement()
			.extracting(Job::getDuedate)
			.isEqualTo(swedish("2028-03-01T08:00"));
	}

	@Test
	void remindsOpenReviewsBeforeTheDueDateAndEscalatesToManagementAfterIt() {
		ProcessInstance instance = startRound("2027-03-01T08:00");
		long roundId = roundId(instance);
		complete(reviewTask(instance, "hc-ostersund"), "chef-ostersund", answers(false, null));
		Jobs.executeDue(this.managementService, instance.getId());

		ClockUtil.setCurrentTime(swedish("2027-03-22T16:00"));
		Jobs.executeDue(this.managementService, instance.getId());

		assertThat(notices("REVIEW_REMINDER", roundId)).containsExactlyInAnyOrder("chef-krokom@example.org",
				"chef-psyk-ostersund@example.org");
		assertThat(this.reviews.review(roundId, "hc-ostersund").remindedAt()).isNull();
		assertThat(this.reviews.review(roundId, "hc-krokom").remindedAt()).isNotNull();
		assertThat(notices("REVIEW_ESCALATION", roundId)).isEmpty();

		ClockUtil.setCurrentTime(swedish("2027-03-31T16:01"));
		Jobs.executeDue(this.managementService, instance.getId());

		assertThat(notices("REVIEW_ESCALATION", roundId)).containsExactly("1177etjanster@regionjh.se",
				"1177etjanster@regionjh.se");
		assertThat(this.reviews.reviews(roundId)).extracting((r) -> r.status(ClockUtil.getCurrentTime().toInstant()))
			.containsExactly(UnitReview.Status.DONE, UnitReview.Status.OVERDUE, UnitReview.Status.OVERDUE);
		assertThat(this.reviews.review(roundId, "hc-krokom").escalatedAt()).isNotNull();
		assertThat(reviewTasks(instance)).hasSize(2);

		complete(reviewTask(instance, "hc-krokom"), "chef-krokom", answers(false, null));
		// psyk-ostersund has no demo manager; management may work any task.
		complete(reviewTask(instance, "psyk-ostersund"), "forvaltare", answers(false, null));
		Jobs.executeDue(this.managementService, instance.getId());

		assertThat(instance).isEnded()
			.hasPassed(RoutineReviewProcess.Elements.REMIND, RoutineReviewProcess.Elements.ESCALATE,
					RoutineReviewProcess.Elements.CLOSE_ROUND, RoutineReviewProcess.Elements.ROUND_CLOSED);
		assertThat(this.reviews.round(roundId).orElseThrow().closedAt()).isNotNull();
	}

	@Test
	void recordsTheAnswersTheLocalRoutineAndStartsADeficiencyProcess() {
		ProcessInstance instance = startRound("2027-03-01T08:00");
		long roundId = roundId(instance);
		Map<String, Object> answers = answers(true, "Rutinen säger inget om 1177 Journalen.");
		answers.put(Vars.HAS_LOCAL_ROUTINE, true);
		answers.put(Vars.LOCAL_ROUTINE_VERSION, "2.0");
		answers.put(Vars.LOCAL_ROUTINE_LINK, "https://intra.example.org/krokom/reservrutin");

		complete(reviewTask(instance, "hc-krokom"), "chef-krokom", answers);
		Jobs.executeDue(this.managementService, instance.getId());

		UnitReview review = this.reviews.review(roundId, "hc-krokom");
		assertThat(review.completedBy()).isEqualTo("chef-krokom");
		assertThat(review.staffInformed()).isTrue();
		assertThat(review.usesCurrentVersion()).isTrue();
		assertThat(review.localRoutineVersion()).isEqualTo("2.0");
		assertThat(review.deficiencyDescription()).isEqualTo("Rutinen säger inget om 1177 Journalen.");
		assertThat(this.localRoutines.current("hc-krokom")).get()
			.satisfies((local) -> {
				assertThat(local.versionLabel()).isEqualTo("2.0");
				assertThat(local.link()).isEqualTo("https://intra.example.org/krokom/reservrutin");
				assertThat(local.source()).isEqualTo(LocalRoutines.SOURCE_REVIEW);
			});
		assertThat(this.localRoutines.lastReviewed("hc-krokom")).isPresent();
		ProcessInstance deficiency = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(RoutineDeficiencyProcess.KEY)
			.variableValueEquals(RoutineDeficiencyProcess.Vars.UNIT_REVIEW_ID, review.id())
			.singleResult();
		assertThat(deficiency).isNotNull();
		assertThat(this.runtimeService.getVariables(deficiency.getId()))
			.containsEntry(RoutineDeficiencyProcess.Vars.SOURCE, DeficiencySource.REVIEW.name())
			.containsEntry(RoutineDeficiencyProcess.Vars.REPORTED_BY, "chef-krokom")
			.containsEntry(RoutineDeficiencyProcess.Vars.UNIT_ID, "hc-krokom");
		assertThat(this.engine.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.activityId(RoutineReviewProcess.Elements.REPORT_DEFICIENCY)
			.finished()
			.count()).isEqualTo(1);
	}

	@Test
	void refusesADeficiencyWithoutDescriptionAndALocalRoutineWithoutVersion() {
		ProcessInstance instance = startRound("2027-03-01T08:00");
		Task task = reviewTask(instance, "hc-ostersund");
		Map<String, Object> answers = answers(true, null);
		answers.put(Vars.HAS_LOCAL_ROUTINE, true);

		assertThatThrownBy(() -> complete(task, "chef-ostersund", answers))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Beskriv bristen")
			.hasMessageContaining("Ange vilken version");
		assertThat(this.taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
	}

	private ProcessInstance startRound(String swedishTime) {
		ClockUtil.setCurrentTime(swedish(swedishTime));
		ProcessInstance instance = this.runtimeService.startProcessInstanceByKey(RoutineReviewProcess.KEY);
		Jobs.executeDue(this.managementService, instance.getId());
		assertThat(reviewTasks(instance)).hasSize(this.units.all().size());
		return instance;
	}

	private static Map<String, Object> answers(boolean deficiency, String description) {
		Map<String, Object> answers = new HashMap<>();
		answers.put(Vars.STAFF_INFORMED, true);
		answers.put(Vars.USES_CURRENT_VERSION, true);
		answers.put(Vars.HAS_LOCAL_ROUTINE, false);
		answers.put(Vars.DEFICIENCY_FOUND, deficiency);
		answers.put(Vars.DEFICIENCY_DESCRIPTION, description);
		return answers;
	}

	private void complete(Task task, String user, Map<String, Object> variables) {
		se.regionjh.reservrutin.support.Users.authenticate(this.identityService, user);
		try {
			this.taskService.complete(task.getId(), variables);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private List<String> notices(String kind, long roundId) {
		return this.jdbc.sql("select recipient from routine_notice where kind = :kind and reference like :ref "
				+ "order by id")
			.param("kind", kind)
			.param("ref", "review-round-" + roundId + "/%")
			.query(String.class)
			.list();
	}

	private long roundId(ProcessInstance instance) {
		return (Long) this.runtimeService.getVariable(instance.getId(), Vars.ROUND_ID);
	}

	private List<Task> reviewTasks(ProcessInstance instance) {
		return this.taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(RoutineReviewProcess.Elements.REVIEW)
			.list();
	}

	private Task reviewTask(ProcessInstance instance, String unitId) {
		return this.taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(RoutineReviewProcess.Elements.REVIEW)
			.taskCandidateGroup(this.units.require(unitId).managerGroupId())
			.singleResult();
	}

	private String candidateGroup(Task task) {
		return this.taskService.getIdentityLinksForTask(task.getId())
			.stream()
			.map(IdentityLink::getGroupId)
			.filter((group) -> group != null)
			.collect(Collectors.joining(","));
	}

	private Set<String> instanceIds() {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(RoutineReviewProcess.KEY)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.collect(Collectors.toSet());
	}

	private ProcessInstance instance(String id) {
		return this.runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
	}

}
