package se.regionjh.reservrutin.faultreport;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionjh.reservrutin.faultreport.FaultReportProcess.Decisions;
import se.regionjh.reservrutin.faultreport.FaultReportProcess.Elements;
import se.regionjh.reservrutin.faultreport.FaultReportProcess.Vars;
import se.regionjh.reservrutin.outage.EntryType;
import se.regionjh.reservrutin.outage.IneraNotice;
import se.regionjh.reservrutin.outage.OutageWording;
import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageIntake;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.outage.OutageProcess;
import se.regionjh.reservrutin.support.AssertsProcessCoverage;
import se.regionjh.reservrutin.support.IntegrationTest;
import se.regionjh.reservrutin.support.ProcessTestSupport;
import se.regionjh.reservrutin.system.ProcessValues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * FaultReportProcess.bpmn: a report is attached to an ongoing outage, declared
 * a new one, or dismissed, and the reporter sees the answer.
 */
@IntegrationTest
@AssertsProcessCoverage(FaultReportProcess.KEY)
class FaultReportProcessTest extends ProcessTestSupport {

	@Autowired
	FaultReports reports;

	@Autowired
	OutageJournal journal;

	@Autowired
	OutageIntake intake;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffReportAttachedToAnOngoingOutageEndsUpInItsJournal() {
		Outage outage = this.intake
			.plannedNotice(new IneraNotice("FR-1", "Journalen nere", List.of("journalen"),
					this.now.plus(Duration.ofDays(10)), this.now.plus(Duration.ofDays(11)), "Underhåll", "TEST"))
			.outage();
		ProcessInstance first = reportFromTasklist("personal-ostersund", "Journalen laddar inte.");
		ProcessInstance second = reportFromTasklist("personal-krokom", "Journalen visar fel.");

		FaultReport report = this.reports.require(faultReportId(first));
		assertThat(report.unitId()).isEqualTo("hc-ostersund");
		assertThat(report.source()).isEqualTo(FaultReportSource.TASKLIST);
		assertThat(first).isWaitingAt(Elements.TRIAGE);
		assertThat(candidateGroups(task(first, Elements.TRIAGE))).containsExactly("forvaltning");
		assertThat(this.engine.getRuntimeService().getVariable(first.getId(), Vars.OUTAGE_OPTIONS).toString())
			.contains(outage.reference());

		triage(first, Map.of(Vars.DECISION, Decisions.ATTACH, Vars.ATTACH_TO_OUTAGE, String.valueOf(outage.id()),
				Vars.ANSWER, "Känt fel, Inera arbetar på det."));
		triage(second, Map.of(Vars.DECISION, Decisions.ATTACH, Vars.ATTACH_TO_OUTAGE, String.valueOf(outage.id()),
				Vars.ANSWER, "Samma fel."));

		assertThat(this.reports.forOutage(outage.id())).hasSize(2)
			.allSatisfy((r) -> assertThat(r.state()).isEqualTo(FaultReportState.ATTACHED));
		assertThat(this.journal.timeline(outage.id())).filteredOn((e) -> e.type() == EntryType.FAULT_REPORT)
			.extracting((e) -> e.unitId())
			.containsExactlyInAnyOrder("hc-ostersund", "hc-krokom");
		assertThat(this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(OutageProcess.KEY)
			.processInstanceBusinessKey(outage.reference())
			.count()).isEqualTo(1);

		Task answer = task(first, Elements.READ_ANSWER);
		assertThat(answer.getAssignee()).isEqualTo("personal-ostersund");
		assertThat(this.engine.getTaskService().getVariable(answer.getId(), Vars.ANSWER))
			.isEqualTo("Känt fel, Inera arbetar på det.");
		this.engine.getTaskService().complete(answer.getId());
		assertThat(first).isEnded();
	}

	@Test
	void reportJudgedAsANewOutageStartsTheOutageProcess() {
		ProcessInstance instance = reportFromTasklist("chef-krokom", "Egen provhantering svarar inte.");
		triage(instance, Map.of(Vars.DECISION, Decisions.DECLARE, Vars.ANSWER, "Vi hanterar det som en driftstörning."));

		FaultReport report = this.reports.require(faultReportId(instance));
		assertThat(report.state()).isEqualTo(FaultReportState.DECLARED);
		ProcessInstance outageInstance = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(OutageProcess.KEY)
			.variableValueEquals(OutageProcess.Vars.FAULT_REPORT_ID, report.id())
			.singleResult();
		assertThat(outageInstance).isNotNull();
		runJobs(outageInstance);
		assertThat(outageInstance).isWaitingAt(OutageProcess.Elements.ASSESS_OUTAGE);
		Outage outage = this.journal.require(this.reports.require(report.id()).outageId());
		assertThat(outage.services()).containsExactly("journalen");
		assertThat(this.journal.timeline(outage.id())).first()
			.satisfies((e) -> assertThat(e.type()).isEqualTo(EntryType.FAULT_REPORT));
	}

	@Test
	void reportsThatArrivedBeforeTheOutageWasDeclaredCanJoinItFromTheTriageForm() {
		ProcessInstance first = reportFromTasklist("personal-ostersund", "1177 Journalen svarar inte.");
		ProcessInstance second = reportFromTasklist("personal-krokom", "Journalen laddar inte.");
		ProcessInstance third = reportFromTasklist("chef-krokom", "Journalen är nere.");

		triage(first, Map.of(Vars.DECISION, Decisions.DECLARE, Vars.ANSWER, "Vi hanterar det som en driftstörning."));
		Outage outage = this.journal.require(this.reports.require(faultReportId(first)).outageId());

		for (ProcessInstance later : List.of(second, third)) {
			String options = this.engine.getFormService()
				.getTaskFormVariables(task(later, Elements.TRIAGE).getId())
				.get(Vars.OUTAGE_OPTIONS)
				.toString();
			assertThat(options).contains("\"label\":\"" + outage.reference() + " " + outage.title() + " ("
					+ outage.state().label() + ")\"").contains("\"value\":\"" + outage.id() + "\"");
		}
		triage(second, Map.of(Vars.DECISION, Decisions.ATTACH, Vars.ATTACH_TO_OUTAGE, String.valueOf(outage.id()),
				Vars.ANSWER, "Samma fel som anmälts tidigare."));
		triage(third, Map.of(Vars.DECISION, Decisions.ATTACH, Vars.ATTACH_TO_OUTAGE, String.valueOf(outage.id()),
				Vars.ANSWER, "Samma fel som anmälts tidigare."));

		assertThat(this.reports.forOutage(outage.id())).extracting(FaultReport::state)
			.containsExactlyInAnyOrder(FaultReportState.DECLARED, FaultReportState.ATTACHED, FaultReportState.ATTACHED);
	}

	@Test
	void theTriageOffersAnOutageOpenedWhileManagementIsSignedIn() {
		ProcessInstance report = reportFromTasklist("personal-ostersund", "Formulären öppnas inte.");
		// The change is made while management is signed in, as in Tasklist: under the engine's authorization
		// checks and its limit on unbounded queries.
		authenticateAs("forvaltare");
		Outage outage;
		try {
			outage = this.intake.incidentNotice(new IneraNotice("INC-TRIAGE-1", null, List.of("formular"), null, null,
					"Formulären svarar inte.", "TEST")).outage();
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}

		assertThat(this.engine.getRuntimeService().getVariable(report.getId(), Vars.OUTAGE_OPTIONS).toString())
			.contains("\"value\":\"" + outage.id() + "\"");
	}

	@Test
	void managementIsToldOfEachReportAndRemindedThenEscalatedWhileItWaitsForTriage() {
		ProcessInstance instance = reportFromTasklist("personal-ostersund", "Journalen laddar inte för någon.");
		String reference = "FA-" + faultReportId(instance);
		assertThat(task(instance, Elements.TRIAGE).getDueDate().toInstant())
			.isEqualTo(this.now.plus(Duration.ofMinutes(15)));
		assertThat(notices(reference)).singleElement().satisfies((n) -> {
			assertThat(n.get("KIND")).isEqualTo("FAULT_REPORT_RECEIVED");
			assertThat(n.get("RECIPIENT")).isEqualTo("1177etjanster@regionjh.se");
			assertThat(n.get("SUBJECT")).isEqualTo("[1177 Journalen] Ny felanmälan " + reference);
			assertThat((String) n.get("BODY")).contains("En felanmälan har kommit in från personal-ostersund")
				.contains("Journalen laddar inte för någon.")
				.contains("senast " + OutageWording.time(this.now.plus(Duration.ofMinutes(15))));
		});

		advance(Duration.ofMinutes(16));
		runJobs(instance);
		assertThat(notices(reference)).extracting((n) -> n.get("KIND"))
			.containsExactly("FAULT_REPORT_RECEIVED", "TRIAGE_OVERDUE");
		advance(Duration.ofMinutes(30));
		runJobs(instance);
		assertThat(notices(reference)).last().satisfies((n) -> {
			assertThat(n.get("KIND")).isEqualTo("TRIAGE_ESCALATION");
			assertThat((String) n.get("SUBJECT")).startsWith("BRÅDSKANDE");
		});
		assertThat(instance).isWaitingAt(Elements.TRIAGE);

		triage(instance, Map.of(Vars.DECISION, Decisions.DISMISS, Vars.ANSWER, "Det var ett lokalt nätverksfel."));
		assertThat(notices(reference)).hasSize(3);
	}

	private List<Map<String, Object>> notices(String reference) {
		return this.jdbc.sql("select kind, recipient, subject, body from routine_notice where reference = :r order by id")
			.param("r", reference)
			.query()
			.listOfRows();
	}

	@Test
	void reportFromTheMailboxDismissedAsNotAnOutageIsAnsweredWithoutATasklistTask() {
		FaultReport report = this.reports.report(new NewFaultReport("anna@example.org", null, List.of(),
				"Jag kan inte skriva ut.", "070-123", FaultReportSource.MAILBOX));
		ProcessInstance instance = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(report.processInstanceId())
			.singleResult();
		runJobs(instance);

		assertThatThrownBy(() -> this.engine.getTaskService()
			.complete(task(instance, Elements.TRIAGE).getId(), Map.of(Vars.DECISION, Decisions.ATTACH)))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Välj en pågående driftstörning")
			.hasMessageContaining("Skriv ett svar");

		triage(instance, Map.of(Vars.DECISION, Decisions.DISMISS, Vars.ANSWER, "Skrivare hanteras av IT-supporten."));
		FaultReport answered = this.reports.require(report.id());
		assertThat(answered.state()).isEqualTo(FaultReportState.DISMISSED);
		assertThat(answered.answer()).isEqualTo("Skrivare hanteras av IT-supporten.");
		assertThat(answered.answeredBy()).isEqualTo("forvaltare");
		assertThat(instance).isEnded().hasPassed(Elements.ANSWER_RECORDED);
	}

	@Test
	void reportWithoutDescriptionIsRefusedAtTheStart() {
		assertThatThrownBy(() -> startAs("personal-ostersund",
				Map.of(Vars.SERVICES, ProcessValues.jsonList(List.of("journalen")), Vars.DESCRIPTION, " ")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Beskriv vad som inte fungerar");
		assertThatThrownBy(() -> this.reports.report(new NewFaultReport("x", null, List.of("no-such"), "text", null,
				FaultReportSource.API)))
			.hasMessageContaining("no-such");
	}

	private ProcessInstance reportFromTasklist(String user, String description) {
		ProcessInstance instance = startAs(user,
				Map.of(Vars.SERVICES, ProcessValues.jsonList(List.of("journalen")), Vars.DESCRIPTION, description));
		runJobs(instance);
		return instance;
	}

	private ProcessInstance startAs(String user, Map<String, Object> variables) {
		authenticateAs(user);
		try {
			return this.engine.getRuntimeService().startProcessInstanceByKey(FaultReportProcess.KEY, variables);
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}
	}

	private void triage(ProcessInstance instance, Map<String, Object> variables) {
		completeAs("forvaltare", instance, task(instance, FaultReportProcess.Elements.TRIAGE), variables);
	}

	private long faultReportId(ProcessInstance instance) {
		return ((Number) this.engine.getRuntimeService().getVariable(instance.getId(), Vars.FAULT_REPORT_ID))
			.longValue();
	}

}
