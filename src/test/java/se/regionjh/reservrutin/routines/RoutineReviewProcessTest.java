package se.regionjh.reservrutin.routines;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionjh.reservrutin.routines.RoutineReviewProcess.Vars;
import se.regionjh.reservrutin.support.AssertsProcessCoverage;
import se.regionjh.reservrutin.support.IntegrationTest;
import se.regionjh.reservrutin.support.ProcessTestSupport;
import se.regionjh.reservrutin.system.ProcessStartSchedule;
import se.regionjh.reservrutin.system.StartTimers;
import se.regionjh.reservrutin.units.Unit;
import se.regionjh.reservrutin.units.UnitRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.regionjh.reservrutin.support.Timers.startTimers;
import static se.regionjh.reservrutin.support.Timers.swedish;

@IntegrationTest
@AssertsProcessCoverage(RoutineReviewProcess.KEY)
class RoutineReviewProcessTest extends ProcessTestSupport {

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

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

	@Test
	void startTimerFiresOnTheFirstWorkingDayOfMarchAndEveryUnitGetsExactlyOneReviewTask() {
		setClock(swedish("2027-02-20T10:00").toInstant());
		assertThat(this.startTimers.reconcile(this.schedule)).isEqualTo(swedish("2027-03-01T08:00"));
		Set<String> before = instanceIds(RoutineReviewProcess.KEY);
		setClock(swedish("2027-03-01T08:00").toInstant());

		this.managementService.executeJob(startTimers(this.managementService, RoutineReviewProcess.KEY).get(0).getId());

		Set<String> started = instanceIds(RoutineReviewProcess.KEY);
		started.removeAll(before);
		assertThat(started).hasSize(1);
		ProcessInstance instance = instance(started.iterator().next());
		assertThat(instance).isWaitingAt(RoutineReviewProcess.Elements.OPEN_ROUND);
		runJobs(instance);

		List<Task> tasks = tasks(instance, RoutineReviewProcess.Elements.REVIEW);
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
		completeAs("chef-ostersund", reviewTask(instance, "hc-ostersund"), answers(false, null));
		runJobs(instance);

		setClock(swedish("2027-03-22T16:00").toInstant());
		runJobs(instance);

		assertThat(notices("REVIEW_REMINDER", roundId)).containsExactlyInAnyOrder("chef-krokom@example.org",
				"chef-psyk-ostersund@example.org");
		assertThat(this.reviews.review(roundId, "hc-ostersund").remindedAt()).isNull();
		assertThat(this.reviews.review(roundId, "hc-krokom").remindedAt()).isNotNull();
		assertThat(notices("REVIEW_ESCALATION", roundId)).isEmpty();

		setClock(swedish("2027-03-31T16:01").toInstant());
		runJobs(instance);

		assertThat(notices("REVIEW_ESCALATION", roundId)).containsExactly("1177etjanster@regionjh.se",
				"1177etjanster@regionjh.se");
		assertThat(this.reviews.reviews(roundId)).extracting((r) -> r.status(this.now))
			.containsExactly(UnitReview.Status.DONE, UnitReview.Status.OVERDUE, UnitReview.Status.OVERDUE);
		assertThat(this.reviews.review(roundId, "hc-krokom").escalatedAt()).isNotNull();
		assertThat(tasks(instance, RoutineReviewProcess.Elements.REVIEW)).hasSize(2);

		completeAs("chef-krokom", reviewTask(instance, "hc-krokom"), answers(false, null));
		// psyk-ostersund has no demo manager; management may work any task.
		completeAs("forvaltare", reviewTask(instance, "psyk-ostersund"), answers(false, null));
		runJobs(instance);

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

		completeAs("chef-krokom", reviewTask(instance, "hc-krokom"), answers);
		runJobs(instance);

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

		assertThatThrownBy(() -> completeAs("chef-ostersund", task, answers))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Beskriv bristen")
			.hasMessageContaining("Ange vilken version");
		assertThat(this.taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
	}

	private ProcessInstance startRound(String swedishTime) {
		setClock(swedish(swedishTime).toInstant());
		ProcessInstance instance = this.runtimeService.startProcessInstanceByKey(RoutineReviewProcess.KEY);
		runJobs(instance);
		assertThat(tasks(instance, RoutineReviewProcess.Elements.REVIEW)).hasSize(this.units.all().size());
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

	private Task reviewTask(ProcessInstance instance, String unitId) {
		return this.taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(RoutineReviewProcess.Elements.REVIEW)
			.taskCandidateGroup(this.units.require(unitId).managerGroupId())
			.singleResult();
	}

	private String candidateGroup(Task task) {
		return String.join(",", candidateGroups(task));
	}

	private ProcessInstance instance(String id) {
		return this.runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
	}

}
