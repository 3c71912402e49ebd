package se.regionjh.reservrutin.routines;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionjh.reservrutin.outage.JournalEvents.DeficiencyReported;
import se.regionjh.reservrutin.routines.Deficiency.Report;
import se.regionjh.reservrutin.routines.RoutineDeficiencyProcess.Decisions;
import se.regionjh.reservrutin.routines.RoutineDeficiencyProcess.Vars;
import se.regionjh.reservrutin.support.AssertsProcessCoverage;
import se.regionjh.reservrutin.support.IntegrationTest;
import se.regionjh.reservrutin.support.ProcessTestSupport;
import se.regionjh.reservrutin.units.Unit;
import se.regionjh.reservrutin.units.UnitRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

@IntegrationTest
@AssertsProcessCoverage(RoutineDeficiencyProcess.KEY)
class RoutineDeficiencyProcessTest extends ProcessTestSupport {

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	RoutineDeficiencies deficiencies;

	@Autowired
	CentralRoutine centralRoutine;

	@Autowired
	UnitRegistry units;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aUnitManagerReportsFromTasklistAndIsToldWhyManagementRejectsIt() {
		authenticateAs("chef-krokom");
		ProcessInstance instance = this.runtimeService.startProcessInstanceByKey(RoutineDeficiencyProcess.KEY,
				Map.of(Vars.DESCRIPTION, "Rutinen nämner inte hur vi når Inera på helger."));
		this.engine.getIdentityService().clearAuthentication();
		runJobs(instance);

		assertThat(instance).isWaitingAt(RoutineDeficiencyProcess.Elements.ASSESS);
		assertThat(task(instance)).hasCandidateGroup("forvaltning");
		assertThat(this.taskService.getVariables(task(instance).getId()))
			.containsEntry(Vars.SOURCE_LABEL, "Anmäld i Tasklist")
			.containsEntry(Vars.REPORTER, "chef-krokom")
			.containsEntry(Vars.UNIT_ID, "hc-krokom");
		completeAs("forvaltare", task(instance), Map.of(Vars.DECISION, Decisions.REJECT,
				Vars.REJECTION_REASON, "Förvaltningen kontaktar Inera; enheterna behöver inte göra det."));
		runJobs(instance);

		Deficiency deficiency = this.deficiencies.byProcessInstance(instance.getId()).orElseThrow();
		assertThat(deficiency.state()).isEqualTo(Deficiency.State.REJECTED);
		assertThat(deficiency.decidedBy()).isEqualTo("forvaltare");
		assertThat(notices("DEFICIENCY_REJECTED", "deficiency-" + deficiency.id()))
			.containsExactly("chef-krokom@example.org NOT_CONFIGURED");
		assertThat(instance).isWaitingAt(RoutineDeficiencyProcess.Elements.READ_DECISION);
		assertThat(task(instance)).isAssignedTo("chef-krokom");
		this.taskService.complete(task(instance).getId());
		assertThat(instance).isEnded().hasPassed(RoutineDeficiencyProcess.Elements.REJECTED);
	}

	@Test
	void revisingRecordsANewVersionAndTellsEveryUnitManager() {
		int before = this.centralRoutine.current().version();
		ProcessInstance instance = this.deficiencies.report(new Report(DeficiencySource.TASKLIST,
				"Telefonnumret till förvaltningen saknas.", "chef-ostersund", "hc-ostersund", null, null, null));
		runJobs(instance);
		String revised = this.centralRoutine.current().body() + "\n\nFörvaltningen nås på telefon 063-14 70 00.";

		completeAs("forvaltare", task(instance), Map.of(Vars.DECISION, Decisions.REVISE,
				Vars.REVISED_ROUTINE, revised, Vars.CHANGE_SUMMARY, "Telefonnummer till förvaltningen tillagt."));
		runJobs(instance);

		RoutineVersion version = this.centralRoutine.current();
		assertThat(version.version()).isEqualTo(before + 1);
		assertThat(version.body()).endsWith("Förvaltningen nås på telefon 063-14 70 00.");
		assertThat(version.changeSummary()).isEqualTo("Telefonnummer till förvaltningen tillagt.");
		assertThat(version.createdBy()).isEqualTo("forvaltare");
		assertThat(this.deficiencies.byProcessInstance(instance.getId()).orElseThrow())
			.satisfies((d) -> assertThat(d.state()).isEqualTo(Deficiency.State.REVISED))
			.satisfies((d) -> assertThat(d.routineVersion()).isEqualTo(version.version()));
		assertThat(notices("ROUTINE_REVISED", "routine-version-" + version.version())).containsExactlyInAnyOrderElementsOf(
				this.units.all().stream().map((unit) -> unit.managerEmail() + " NOT_CONFIGURED").toList());

		List<Task> acknowledgements = this.taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(RoutineDeficiencyProcess.Elements.ACKNOWLEDGE)
			.list();
		assertThat(acknowledgements).hasSize(this.units.all().size());
		for (Unit unit : this.units.all()) {
			Task task = this.taskService.createTaskQuery()
				.processInstanceId(instance.getId())
				.taskCandidateGroup(unit.managerGroupId())
				.singleResult();
			assertThat(task.getName()).isEqualTo("Ta del av ny version av central reservrutin");
			assertThat(this.taskService.getVariable(task.getId(), Vars.UNIT_NAME)).isEqualTo(unit.name());
			this.taskService.complete(task.getId(), Map.of(Vars.ACKNOWLEDGED, true));
		}
		assertThat(instance).isEnded().hasPassed(RoutineDeficiencyProcess.Elements.REVISED);
	}

	@Test
	void refusesADecisionWithoutReasonOrARevisionThatChangesNothing() {
		ProcessInstance instance = this.deficiencies.report(new Report(DeficiencySource.TASKLIST, "Oklart ansvar.",
				"chef-ostersund", "hc-ostersund", null, null, null));
		runJobs(instance);
		Task task = task(instance);

		assertThatThrownBy(() -> completeAs("forvaltare", task, Map.of(Vars.DECISION, Decisions.REJECT)))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Motivera varför");
		assertThatThrownBy(() -> completeAs("forvaltare", task, Map.of(Vars.DECISION, Decisions.REVISE,
				Vars.REVISED_ROUTINE, this.centralRoutine.current().body(), Vars.CHANGE_SUMMARY, "Inget")))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("densamma som gällande version");
		assertThat(instance).isWaitingAt(RoutineDeficiencyProcess.Elements.ASSESS);
	}

	@Test
	void anOutageClosingReviewStartsTheProcessInItsOwnTransaction() {
		this.transaction.executeWithoutResult((status) -> this.events
			.publishEvent(new DeficiencyReported(42L, "DS-2027-0042", "Rutinen saknar stöd för Journalen.", "forvaltare")));
		this.transaction.executeWithoutResult((status) -> {
			this.events.publishEvent(new DeficiencyReported(43L, "DS-2027-0043", "Återställd.", "forvaltare"));
			status.setRollbackOnly();
		});

		ProcessInstance instance = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(RoutineDeficiencyProcess.KEY)
			.variableValueEquals(Vars.OUTAGE_REFERENCE, "DS-2027-0042")
			.singleResult();
		assertThat(this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(RoutineDeficiencyProcess.KEY)
			.variableValueEquals(Vars.OUTAGE_REFERENCE, "DS-2027-0043")
			.count()).isZero();
		runJobs(instance);
		Deficiency deficiency = this.deficiencies.byProcessInstance(instance.getId()).orElseThrow();
		assertThat(deficiency.source()).isEqualTo(DeficiencySource.OUTAGE);
		assertThat(deficiency.outageId()).isEqualTo(42L);
		assertThat(deficiency.reportedBy()).isEqualTo("forvaltare");
		assertThat(this.taskService.getVariables(task(instance).getId()))
			.containsEntry(Vars.SOURCE_LABEL, "Uppföljning av driftstörning");
	}

	private List<String> notices(String kind, String reference) {
		return this.jdbc.sql("select n.recipient || ' ' || d.state from routine_notice n "
				+ "join delivery d on d.routine_notice_id = n.id where n.kind = :kind and n.reference = :ref "
				+ "order by n.id")
			.param("kind", kind)
			.param("ref", reference)
			.query(String.class)
			.list();
	}

}
