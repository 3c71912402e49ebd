package se.regionjh.reservrutin.outage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.regionjh.reservrutin.calendar.WorkingDays;
import se.regionjh.reservrutin.faultreport.FaultReportProcess;
import se.regionjh.reservrutin.outage.OutageProcess.Elements;
import se.regionjh.reservrutin.outage.OutageProcess.PlannedChanges;
import se.regionjh.reservrutin.outage.OutageProcess.Vars;
import se.regionjh.reservrutin.outage.Publication.Audience;
import se.regionjh.reservrutin.outage.Publication.Kind;
import se.regionjh.reservrutin.support.AssertsProcessCoverage;
import se.regionjh.reservrutin.support.IntegrationTest;
import se.regionjh.reservrutin.support.ProcessTestSupport;
import se.regionjh.reservrutin.system.ProcessValues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * OutageProcess.bpmn: every path of an outage's life, driven through the
 * engine with the real journal behind it.
 */
@IntegrationTest
@AssertsProcessCoverage(OutageProcess.KEY)
class OutageProcessTest extends ProcessTestSupport {

	@Autowired
	OutageJournal journal;

	@Autowired
	OutageIntake intake;

	@Autowired
	WorkingDays workingDays;

	// --- Unplanned ------------------------------------------------------------------------

	@Test
	void unplannedOutageRunsFromDeclarationToClosing() {
		ProcessInstance instance = declare(List.of("stod-och-behandling"), false);
		Outage declared = outageOf(instance);
		assertThat(declared.state()).isEqualTo(OutageState.NEW);
		assertThat(declared.units()).containsExactlyInAnyOrder("hc-ostersund", "psyk-ostersund");
		assertThat(instance).isWaitingAt(Elements.ASSESS_OUTAGE);
		assertThat(task(instance, Elements.ASSESS_OUTAGE).getTaskDefinitionKey()).isEqualTo(Elements.ASSESS_OUTAGE);
		assertThat(candidateGroups(task(instance, Elements.ASSESS_OUTAGE))).containsExactly("forvaltning");

		assess(instance, Map.of());
		Outage assessed = outageOf(instance);
		assertThat(assessed.state()).isEqualTo(OutageState.ONGOING);
		assertThat(assessed.nextUpdateAt()).isEqualTo(this.now.plus(Duration.ofHours(1)));
		assertThat(publications(assessed, Kind.ANNOUNCEMENT)).singleElement()
			.satisfies((p) -> assertThat(p.audience()).isEqualTo(Audience.PUBLIC));
		assertThat(instance).isWaitingAt(Elements.UPDATE_STATUS);
		Task update = task(instance, Elements.UPDATE_STATUS);
		assertThat(update.getDueDate().toInstant()).isEqualTo(this.now.plus(Duration.ofHours(1)));

		complete(instance, Elements.UPDATE_STATUS, Map.of(Vars.STATUS_TEXT, "Felsökning pågår hos Inera.",
				Vars.NEXT_UPDATE_AT, iso(this.now.plus(Duration.ofHours(2))), Vars.SERVICE_RESTORED, false));
		assertThat(outageOf(instance).publicText()).isEqualTo("Felsökning pågår hos Inera.");
		assertThat(publications(outageOf(instance), Kind.STATUS_UPDATE)).hasSize(1);
		assertThat(instance).isWaitingAt(Elements.UPDATE_STATUS);

		restore(instance);
		Outage resolved = outageOf(instance);
		assertThat(resolved.state()).isEqualTo(OutageState.RESOLVED);
		assertThat(publications(resolved, Kind.RESTORED)).hasSize(1);

		List<Task> reviews = tasks(instance, Elements.REVIEW_CASES);
		assertThat(reviews).extracting((t) -> candidateGroups(t).get(0))
			.containsExactlyInAnyOrder("unit-hc-ostersund", "unit-psyk-ostersund");
		assertThat(reviews).allSatisfy((t) -> assertThat(this.engine.getTaskService().getVariable(t.getId(), Vars.CHECKLIST))
			.asString()
			.contains("avsluta utan svar"));
		for (Task review : reviews) {
			completeTask(instance, review, review(5, 2, 1));
		}
		assertThat(entries(resolved, EntryType.UNIT_REVIEW_DONE)).hasSize(2)
			.allSatisfy((e) -> assertThat(e.text()).contains("Genomgångna ärenden: 5"));
		assertThat(instance).isWaitingAt(Elements.CLOSE_OUTAGE);

		complete(instance, Elements.CLOSE_OUTAGE,
				Map.of(Vars.SUMMARY, "Störningen varade i två timmar.", Vars.DEFICIENCY_FOUND, true,
						Vars.DEFICIENCY_DESCRIPTION, "Rutinen saknar kontaktvägar till Inera."));
		assertThat(instance).isEnded();
		assertThat(outageOf(instance).state()).isEqualTo(OutageState.CLOSED);
		assertThat(entries(resolved, EntryType.DEFICIENCY_FOUND)).singleElement()
			.satisfies((e) -> assertThat(e.text()).contains("kontaktvägar"));
	}

	@Test
	void assessmentWithEndBeforeStartIsRefusedAndTheTaskStaysOpen() {
		ProcessInstance instance = declare(List.of("journalen"), false);
		Task assessment = task(instance, Elements.ASSESS_OUTAGE);
		Map<String, Object> bad = assessment(Map.of(Vars.EXPECTED_END, iso(this.now.minus(Duration.ofHours(1))),
				Vars.PUBLIC_TEXT, " ", Vars.SERVICES, ProcessValues.jsonList(List.of())));

		assertThatThrownBy(() -> this.engine.getTaskService().complete(assessment.getId(), bad))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Beräknat slut måste vara efter start")
			.hasMessageContaining("Välj minst en berörd tjänst")
			.hasMessageContaining("Text att publicera måste fyllas i");
		assertThat(instance).isWaitingAt(Elements.ASSESS_OUTAGE);
		assertThat(outageOf(instance).state()).isEqualTo(OutageState.NEW);
	}

	@Test
	void aLineBreakInTheTitleControlCharactersDuplicatesAndFarTimesAreRefusedAtAssessment() {
		ProcessInstance instance = declare(List.of("journalen"), false);
		Task assessment = task(instance, Elements.ASSESS_OUTAGE);
		Map<String, Object> bad = assessment(Map.of(Vars.TITLE, "Journalen\r\nBcc: alla@example.org",
				Vars.PUBLIC_TEXT, "Text med \u0001 styrtecken", Vars.SERVICES,
				ProcessValues.jsonList(List.of("journalen", "journalen")), Vars.AFFECTED_UNITS,
				ProcessValues.jsonList(List.of("hc-ostersund", "hc-ostersund")), Vars.STARTS_AT, "0001-01-01T10:00+01:00"));

		assertThatThrownBy(() -> this.engine.getTaskService().complete(assessment.getId(), bad))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Rubrik får inte innehålla radbrytningar")
			.hasMessageContaining("Text att publicera innehåller otillåtna tecken")
			.hasMessageContaining("Berörda tjänster får inte innehålla samma värde två gånger")
			.hasMessageContaining("Berörda enheter får inte innehålla samma värde två gånger")
			.hasMessageContaining("Start måste ligga mellan ett år bakåt och två år framåt i tiden");
		assertThat(instance).isWaitingAt(Elements.ASSESS_OUTAGE);
		assertThat(outageOf(instance).state()).isEqualTo(OutageState.NEW);
	}

	@Test
	void aStatusUpdateWithoutTheRestoredBoxIsAnUpdateNotAStall() {
		ProcessInstance instance = declare(List.of("journalen"), false);
		assess(instance, Map.of());
		Task update = task(instance, Elements.UPDATE_STATUS);

		// A client that leaves out the unticked checkbox, as a REST caller may.
		this.engine.getTaskService().complete(update.getId(), Map.of(Vars.STATUS_TEXT, "Felsökning pågår.",
				Vars.NEXT_UPDATE_AT, iso(this.now.plus(Duration.ofHours(2)))));
		runJobs(instance);

		assertThat(outageOf(instance).publicText()).isEqualTo("Felsökning pågår.");
		assertThat(instance).isWaitingAt(Elements.UPDATE_STATUS);
	}

	@Test
	void anIneraReferenceOfAnotherOutageIsRefusedAtAssessment() {
		ProcessInstance first = declare(List.of("formular"), false);
		assess(first, Map.of(Vars.INERA_REFERENCE, "INC-DUP"));
		ProcessInstance second = declare(List.of("formular"), false);

		assertThatThrownBy(() -> assess(second, Map.of(Vars.INERA_REFERENCE, "INC-DUP")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("INC-DUP")
			.hasMessageContaining(outageOf(first).reference());
		assertThat(second).isWaitingAt(Elements.ASSESS_OUTAGE);
	}

	@Test
	void unitsFollowTheServicesChosenAtAssessmentUnlessPicked() {
		ProcessInstance instance = declare(List.of("egen-provhantering"), false);
		assertThat(this.engine.getRuntimeService().getVariable(instance.getId(), Vars.AFFECTED_UNITS).toString())
			.isEqualTo("[]");
		assess(instance, Map.of(Vars.SERVICES, ProcessValues.jsonList(List.of("egen-provhantering", "stod-och-behandling"))));

		assertThat(outageOf(instance).units()).containsExactlyInAnyOrder("hc-krokom", "hc-ostersund",
				"psyk-ostersund");
	}

	@Test
	void missingIneraInformationIsRequestedFromInera() {
		ProcessInstance instance = declare(List.of("formular"), false);
		assess(instance, Map.of(Vars.INERA_INFO_PRESENT, false));

		Outage outage = outageOf(instance);
		assertThat(publications(outage, Kind.INERA_INFO_REQUEST)).singleElement()
			.satisfies((p) -> assertThat(p.audience()).isEqualTo(Audience.INERA));
		assertThat(entries(outage, EntryType.INERA_INFO_REQUESTED)).hasSize(1);
		assertThat(instance).isWaitingAt(Elements.UPDATE_STATUS);
	}

	@Test
	void ineraIsAskedOnlyWhenManagementSaysItsInformationIsMissing() {
		// The routine: Inera posts the information itself; management tells Inera
		// only when it is missing. So the box "Ineras information finns" starts
		// ticked, for Inera's own notice and for an outage management declares.
		ProcessInstance notice = plannedNotice("SF-INFO", this.now.plus(Duration.ofDays(3)));
		ProcessInstance declared = declare(List.of("formular"), false);
		for (ProcessInstance instance : List.of(notice, declared)) {
			assertThat(this.engine.getTaskService().getVariable(task(instance, Elements.ASSESS_OUTAGE).getId(),
					Vars.INERA_INFO_PRESENT)).isEqualTo(true);
		}

		assess(declared, Map.of(Vars.INERA_INFO_PRESENT,
				this.engine.getTaskService().getVariable(task(declared, Elements.ASSESS_OUTAGE).getId(),
						Vars.INERA_INFO_PRESENT)));

		assertThat(publications(outageOf(declared), Kind.INERA_INFO_REQUEST)).isEmpty();
		assertThat(entries(outageOf(declared), EntryType.INERA_INFO_REQUESTED)).isEmpty();
	}

	@Test
	void unitsGetTheMatchingLocalRoutineChecklistWhenManagementAsks() {
		ProcessInstance instance = declare(List.of("personalverktyget", "egen-provhantering"), false);
		assess(instance, Map.of(Vars.UNIT_TASKS_REQUESTED, true,
				Vars.AFFECTED_UNITS, ProcessValues.jsonList(List.of("hc-krokom"))));

		Task routine = task(instance, Elements.FOLLOW_LOCAL_ROUTINE);
		assertThat(candidateGroups(routine)).containsExactly("unit-hc-krokom");
		String checklist = (String) this.engine.getTaskService().getVariable(routine.getId(), Vars.CHECKLIST);
		assertThat(checklist).startsWith("Personalverktyget går inte att nå:\n- Ingen vet om patienter har skickat")
			.contains("- Kopior av de centralt administrerade mallarna: ")
			.contains("/mallar/senaste.pdf")
			.contains("\n\n1177 Egen provhantering går inte att nå:\n- Vad skulle skickas ut till patienter?")
			.doesNotContainPattern("\\(R\\d+\\)");
		assertThat(publications(outageOf(instance), Kind.UNIT_ROUTINE)).singleElement()
			.satisfies((p) -> assertThat(p.units()).containsExactly("hc-krokom"));

		assertThatThrownBy(() -> this.engine.getTaskService().complete(routine.getId(), Map.of()))
			.hasMessageContaining("Bekräfta");
		this.engine.getTaskService().complete(routine.getId(), Map.of(Vars.CONFIRMED, true, Vars.UNIT_COMMENT, "Klart."));
		assertThat(entries(outageOf(instance), EntryType.UNIT_ROUTINE_TASKS)).hasSize(2);
	}

	@Test
	void unitsCanBeAskedToFollowTheirLocalRoutineWithAStatusUpdateOnceEach() {
		ProcessInstance instance = declare(List.of("journalen"), false);
		assess(instance, Map.of(Vars.AFFECTED_UNITS, ProcessValues.jsonList(List.of("hc-ostersund", "hc-krokom"))));
		assertThat(tasks(instance, Elements.FOLLOW_LOCAL_ROUTINE)).isEmpty();

		complete(instance, Elements.UPDATE_STATUS, Map.of(Vars.STATUS_TEXT, "Fortfarande nere.", Vars.NEXT_UPDATE_AT,
				iso(this.now.plus(Duration.ofHours(2))), Vars.SERVICE_RESTORED, false, Vars.UNIT_TASKS_REQUESTED, true));
		assertThat(tasks(instance, Elements.FOLLOW_LOCAL_ROUTINE)).extracting((t) -> candidateGroups(t).get(0))
			.containsExactlyInAnyOrder("unit-hc-ostersund", "unit-hc-krokom");
		assertThat(publications(outageOf(instance), Kind.UNIT_ROUTINE)).singleElement()
			.satisfies((p) -> assertThat(p.body()).contains("följa sin lokala reservrutin"));
		assertThat(instance).isWaitingAt(Elements.UPDATE_STATUS, Elements.FOLLOW_LOCAL_ROUTINE);

		// Asked again with the next update (the box stays ticked): no second round of tasks.
		keepUpdating(instance);
		assertThat(tasks(instance, Elements.FOLLOW_LOCAL_ROUTINE)).hasSize(2);
		assertThat(publications(outageOf(instance), Kind.UNIT_ROUTINE)).hasSize(1);
	}

	@Test
	void loginFoundAffectedDuringTheOutageStartsTheDayRuleFromTheStart() {
		ProcessInstance instance = declare(List.of("journalen"), false);
		assess(instance, Map.of(Vars.AFFECTED_UNITS, ProcessValues.jsonList(List.of("hc-krokom"))));
		Instant start = this.now;
		advance(Duration.ofHours(2));
		complete(instance, Elements.UPDATE_STATUS, Map.of(Vars.STATUS_TEXT, "Inloggningen fungerar inte heller.",
				Vars.NEXT_UPDATE_AT, iso(this.now.plus(Duration.ofHours(3))), Vars.SERVICE_RESTORED, false,
				Vars.LOGIN_AFFECTED, true));
		assertThat(outageOf(instance).loginAffected()).isTrue();
		assertThat(entries(outageOf(instance), EntryType.LOGIN_CHANGED)).singleElement()
			.satisfies((e) -> assertThat(e.text()).isEqualTo("Invånarnas inloggning påverkas."));
		assertThat(this.engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
			.activityId(Elements.LOGIN_TIMER).singleResult().getDuedate().toInstant())
			.isEqualTo(start.plus(Duration.ofHours(24)));

		advance(Duration.ofHours(23));
		keepUpdating(instance);
		assertThat(tasks(instance, Elements.RAISE_PHONE_AVAILABILITY)).singleElement()
			.satisfies((t) -> assertThat(candidateGroups(t)).containsExactly("unit-hc-krokom"));
	}

	@Test
	void loginNoLongerAffectedBeforeADayHasPassedAsksNoUnitToRaisePhoneAvailability() {
		ProcessInstance instance = declare(List.of("journalen"), true);
		assess(instance, Map.of(Vars.LOGIN_AFFECTED, true, Vars.AFFECTED_UNITS, ProcessValues.jsonList(List.of("hc-krokom"))));
		advance(Duration.ofHours(3));
		complete(instance, Elements.UPDATE_STATUS, Map.of(Vars.STATUS_TEXT, "Inloggningen fungerar igen.",
				Vars.NEXT_UPDATE_AT, iso(this.now.plus(Duration.ofHours(3))), Vars.SERVICE_RESTORED, false,
				Vars.LOGIN_AFFECTED, false));
		assertThat(outageOf(instance).loginAffected()).isFalse();

		advance(Duration.ofHours(22));
		keepUpdating(instance);
		assertThat(publications(outageOf(instance), Kind.PHONE_AVAILABILITY)).isEmpty();
		assertThat(tasks(instance, Elements.RAISE_PHONE_AVAILABILITY)).isEmpty();
		assertThat(instance).isWaitingAt(Elements.UPDATE_STATUS);
	}

	@Test
	void overdueUpdateRemindsThenEscalatesToTheFunctionalMailbox() {
		ProcessInstance instance = declare(List.of("journalen"), false);
		assess(instance, Map.of());
		Outage outage = outageOf(instance);

		advance(Duration.ofMinutes(61));
		runJobs(instance);
		assertThat(publications(outage, Kind.UPDATE_OVERDUE)).singleElement()
			.satisfies((p) -> assertThat(p.audience()).isEqualTo(Audience.MANAGEMENT));
		assertThat(publications(outage, Kind.UPDATE_ESCALATION)).isEmpty();

		advance(Duration.ofMinutes(30));
		runJobs(instance);
		assertThat(publications(outage, Kind.UPDATE_ESCALATION)).singleElement()
			.satisfies((p) -> assertThat(p.subject()).startsWith("BRÅDSKANDE"));
		assertThat(instance).isWaitingAt(Elements.UPDATE_STATUS);
	}

	@Test
	void loginOutageLongerThanADayAsksUnitsToRaisePhoneAvailability() {
		ProcessInstance instance = declare(List.of("journalen"), true);
		assess(instance, Map.of(Vars.LOGIN_AFFECTED, true, Vars.AFFECTED_UNITS,
				ProcessValues.jsonList(List.of("hc-ostersund", "hc-krokom"))));

		advance(Duration.ofHours(23));
		keepUpdating(instance);
		assertThat(tasks(instance, Elements.RAISE_PHONE_AVAILABILITY)).isEmpty();

		advance(Duration.ofHours(2));
		keepUpdating(instance);
		assertThat(publications(outageOf(instance), Kind.PHONE_AVAILABILITY)).hasSize(1);
		assertThat(tasks(instance, Elements.RAISE_PHONE_AVAILABILITY)).extracting((t) -> candidateGroups(t).get(0))
			.containsExactlyInAnyOrder("unit-hc-ostersund", "unit-hc-krokom");
		for (Task task : tasks(instance, Elements.RAISE_PHONE_AVAILABILITY)) {
			this.engine.getTaskService().complete(task.getId(), Map.of(Vars.CONFIRMED, true));
		}

		restore(instance);
		assertThat(this.engine.getTaskService()
			.getVariable(tasks(instance, Elements.REVIEW_CASES).get(0).getId(), Vars.CHECKLIST)).asString()
			.contains("- Invånarna kunde inte logga in: gå igenom vad ni skickade till patienter under störningen")
			.doesNotContainPattern("R\\d+");
		assertThat(publications(outageOf(instance), Kind.PHONE_AVAILABILITY)).singleElement()
			.satisfies((p) -> assertThat(p.body()).startsWith(
					"Invånarna har inte kunnat logga in på 1177 på mer än ett dygn:\n- Förvaltningen rekommenderar")
				.doesNotContainPattern("\\(R\\d+\\)"));
	}

	@Test
	void ineraUpdatesAreJournaledAndIneraSayingResolvedAsksManagementToConfirmBeforeAnythingIsPublished() {
		ProcessInstance instance = declare(List.of("formular"), false);
		assess(instance, Map.of(Vars.INERA_REFERENCE, "INC-4711"));

		this.intake.updated("INC-4711", null, null, "Inera felsöker fortfarande.");
		runJobs(instance);
		assertThat(entries(outageOf(instance), EntryType.INERA_UPDATE)).singleElement()
			.satisfies((e) -> assertThat(e.text()).isEqualTo("Inera felsöker fortfarande."));

		advance(Duration.ofMinutes(20));
		this.intake.resolved("INC-4711", "Felet är åtgärdat.");
		runJobs(instance);
		Outage waiting = outageOf(instance);
		// Nothing public yet: Inera's word is journaled and management is asked.
		assertThat(waiting.state()).isEqualTo(OutageState.ONGOING);
		assertThat(entries(waiting, EntryType.RESTORED)).isEmpty();
		assertThat(publications(waiting, Kind.RESTORED)).isEmpty();
		assertThat(tasks(instance, Elements.REVIEW_CASES)).isEmpty();
		assertThat(tasks(instance, Elements.UPDATE_STATUS)).hasSize(1);
		assertThat(entries(waiting, EntryType.INERA_RESOLVED)).singleElement()
			.satisfies((e) -> assertThat(e.text()).isEqualTo("Felet är åtgärdat."));
		assertThat(publications(waiting, Kind.RECOVERY_CONFIRMATION)).singleElement().satisfies((p) -> {
			assertThat(p.audience()).isEqualTo(Audience.MANAGEMENT);
			assertThat(p.body()).contains("Inera meddelar att felet är åtgärdat")
				.contains("Bekräfta att tjänsten är åter i drift");
		});
		Task confirm = task(instance, Elements.CONFIRM_RECOVERY);
		assertThat(candidateGroups(confirm)).containsExactly("forvaltning");
		assertThat(confirm.getDueDate().toInstant()).isEqualTo(this.now.plus(Duration.ofMinutes(15)));

		Instant back = this.now.minus(Duration.ofMinutes(5));
		complete(instance, Elements.CONFIRM_RECOVERY,
				Map.of(Vars.RECOVERY_CONFIRMED, true, Vars.RESTORED_AT, iso(back), Vars.RESTORED_TEXT, ""));
		Outage outage = outageOf(instance);
		assertThat(outage.state()).isEqualTo(OutageState.RESOLVED);
		assertThat(outage.resolvedAt()).isEqualTo(back);
		assertThat(entries(outage, EntryType.RESTORED)).singleElement().satisfies((e) -> {
			assertThat(e.actor()).isEqualTo("forvaltare");
			assertThat(e.text()).contains("Felet är åtgärdat.");
		});
		assertThat(tasks(instance, Elements.UPDATE_STATUS)).isEmpty();
		assertThat(tasks(instance, Elements.REVIEW_CASES)).singleElement()
			.satisfies((t) -> assertThat(candidateGroups(t)).containsExactly("unit-hc-ostersund"));
	}

	@Test
	void ineraSayingResolvedThatManagementDoesNotConfirmKeepsTheOutageGoing() {
		ProcessInstance instance = declare(List.of("formular"), false);
		assess(instance, Map.of(Vars.INERA_REFERENCE, "INC-4712"));
		this.intake.resolved("INC-4712", "Felet är åtgärdat.");
		runJobs(instance);

		assertThatThrownBy(() -> complete(instance, Elements.CONFIRM_RECOVERY, Map.of(Vars.RECOVERY_CONFIRMED, false)))
			.hasMessageContaining("Kommentar");
		complete(instance, Elements.CONFIRM_RECOVERY, Map.of(Vars.RECOVERY_CONFIRMED, false, Vars.RECOVERY_COMMENT,
				"Enheterna kan fortfarande inte logga in."));
		Outage outage = outageOf(instance);
		assertThat(outage.state()).isEqualTo(OutageState.ONGOING);
		assertThat(entries(outage, EntryType.RESTORED)).isEmpty();
		assertThat(entries(outage, EntryType.RECOVERY_NOT_CONFIRMED)).singleElement().satisfies((e) -> {
			assertThat(e.actor()).isEqualTo("forvaltare");
			assertThat(e.text()).contains("Enheterna kan fortfarande inte logga in.");
		});
		assertThat(tasks(instance, Elements.CONFIRM_RECOVERY)).isEmpty();
		assertThat(instance).isWaitingAt(Elements.UPDATE_STATUS);
		keepUpdating(instance);
		assertThat(publications(outageOf(instance), Kind.STATUS_UPDATE)).singleElement()
			.satisfies((p) -> assertThat(p.body()).contains("Fortfarande nere."));
	}

	@Test
	void anUnconfirmedIneraResolutionRemindsManagementThenEscalates() {
		ProcessInstance instance = declare(List.of("formular"), false);
		assess(instance, Map.of(Vars.INERA_REFERENCE, "INC-4713",
				Vars.NEXT_UPDATE_AT, iso(this.now.plus(Duration.ofHours(3)))));
		this.intake.resolved("INC-4713", "Felet är åtgärdat.");
		runJobs(instance);

		advance(Duration.ofMinutes(16));
		runJobs(instance);
		assertThat(publications(outageOf(instance), Kind.RECOVERY_CONFIRMATION_OVERDUE)).singleElement()
			.satisfies((p) -> assertThat(p.subject()).contains("Bekräfta åter i drift"));
		advance(Duration.ofMinutes(30));
		runJobs(instance);
		assertThat(publications(outageOf(instance), Kind.RECOVERY_CONFIRMATION_ESCALATION)).singleElement()
			.satisfies((p) -> assertThat(p.subject()).startsWith("BRÅDSKANDE"));
		assertThat(publications(outageOf(instance), Kind.RESTORED)).isEmpty();
		assertThat(tasks(instance, Elements.CONFIRM_RECOVERY)).hasSize(1);
	}

	@Test
	void theRecoveryTimeIsTheOneManagementStatesNotTheMomentOfTheClick() {
		ProcessInstance instance = declare(List.of("formular"), false);
		assess(instance, Map.of());
		Instant start = this.now;
		advance(Duration.ofMinutes(70));

		assertThatThrownBy(() -> complete(instance, Elements.UPDATE_STATUS, Map.of(Vars.SERVICE_RESTORED, true,
				Vars.RESTORED_AT, iso(this.now.plus(Duration.ofMinutes(10))))))
			.hasMessageContaining("Åter i drift sedan")
			.hasMessageContaining("framtiden");
		assertThatThrownBy(() -> complete(instance, Elements.UPDATE_STATUS, Map.of(Vars.SERVICE_RESTORED, true,
				Vars.RESTORED_AT, iso(start.minus(Duration.ofMinutes(10))))))
			.hasMessageContaining("Åter i drift sedan")
			.hasMessageContaining("före driftstörningens start");
		assertThat(outageOf(instance).state()).isEqualTo(OutageState.ONGOING);

		Instant back = start.plus(Duration.ofMinutes(50));
		complete(instance, Elements.UPDATE_STATUS, Map.of(Vars.SERVICE_RESTORED, true, Vars.RESTORED_AT, iso(back),
				Vars.STATUS_TEXT, "Inloggningen fungerar igen."));
		Outage resolved = outageOf(instance);
		assertThat(resolved.resolvedAt()).isEqualTo(back);
		assertThat(entries(resolved, EntryType.RESTORED)).singleElement()
			.satisfies((e) -> assertThat(e.text()).startsWith("1177 Formulär fungerar igen sedan 26 november 2026 kl. 09:50.")
				.endsWith("Inloggningen fungerar igen."));
	}

	@Test
	void withoutAStatedTimeTheServiceIsBackFromTheMomentManagementSaysSo() {
		ProcessInstance instance = declare(List.of("formular"), false);
		assess(instance, Map.of());
		advance(Duration.ofMinutes(30));
		restore(instance);
		assertThat(outageOf(instance).resolvedAt()).isEqualTo(this.now);
	}

	// --- Planned ----------------------------------------------------------------------------

	@Test
	void plannedOutageRemindsUnitsTheWorkingDayBeforeAndStartsOnTime() {
		// Thursday 26 November; planned for Monday 30 November 18:00 local time.
		Instant start = LocalDate.of(2026, 11, 30).atTime(18, 0).atZone(WorkingDays.SWEDEN).toInstant();
		ProcessInstance instance = plannedNotice("SF-100", start);
		assess(instance, Map.of(Vars.PLANNED, true, Vars.STARTS_AT, iso(start),
				Vars.EXPECTED_END, iso(start.plus(Duration.ofHours(3)))));
		assertThat(outageOf(instance).state()).isEqualTo(OutageState.PLANNED);
		assertThat(instance).isWaitingAt(Elements.UNIT_REMINDER_TIMER, Elements.MANAGE_PLANNED_OUTAGE);

		Instant reminder = LocalDate.of(2026, 11, 27).atTime(9, 0).atZone(WorkingDays.SWEDEN).toInstant();
		assertThat(this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.timers()
			.singleResult()
			.getDuedate()
			.toInstant()).isEqualTo(reminder);

		setClock(reminder.plusSeconds(1));
		runJobs(instance);
		assertThat(publications(outageOf(instance), Kind.UNIT_REMINDER)).singleElement()
			.satisfies((p) -> assertThat(p.units()).containsExactlyInAnyOrder("hc-ostersund", "hc-krokom"));
		assertThat(instance).isWaitingAt(Elements.PLANNED_START_TIMER);

		setClock(start.plusSeconds(1));
		runJobs(instance);
		assertThat(outageOf(instance).state()).isEqualTo(OutageState.ONGOING);
		assertThat(publications(outageOf(instance), Kind.STARTED)).hasSize(1);
		assertThat(tasks(instance, Elements.MANAGE_PLANNED_OUTAGE)).isEmpty();
		assertThat(instance).isWaitingAt(Elements.UPDATE_STATUS);
	}

	@Test
	void ineraCancellingBeforeTheAssessmentEndsTheOutageAndPublishesNothing() {
		ProcessInstance instance = plannedNotice("CHG-900", this.now.plus(Duration.ofDays(3)));

		this.intake.cancelled("CHG-900", "Underhållet behövs inte.");
		runJobs(instance);

		assertThat(instance).isEnded();
		Outage outage = outageOf(instance);
		assertThat(outage.state()).isEqualTo(OutageState.CANCELLED);
		assertThat(outage.isOpen()).isFalse();
		assertThat(this.journal.publications(outage.id()))
			.noneSatisfy((p) -> assertThat(p.audience()).isEqualTo(Audience.PUBLIC));
		assertThat(publications(outage, Kind.CANCELLED)).singleElement().satisfies((p) -> {
			assertThat(p.audience()).isEqualTo(Audience.MANAGEMENT);
			assertThat(p.body()).contains("innan det bedömdes").contains("Inget har publicerats")
				.contains("Underhållet behövs inte.");
		});
		assertThat(entries(outage, EntryType.CANCELLED)).singleElement().satisfies((e) -> {
			assertThat(e.visibility()).isEqualTo(JournalEntry.Visibility.INTERNAL);
			assertThat(e.actor()).isEqualTo("Inera");
		});
	}

	@Test
	void ineraMovingTheWindowBeforeTheAssessmentIsWhatTheAssessmentShows() {
		Instant start = this.now.plus(Duration.ofDays(3));
		ProcessInstance instance = plannedNotice("CHG-901", start);
		Instant newStart = start.plus(Duration.ofDays(1));
		Instant newEnd = newStart.plus(Duration.ofHours(3));

		this.intake.updated("CHG-901", newStart, newEnd, "Flyttat en dag.");
		runJobs(instance);

		assertThat(instance).isWaitingAt(Elements.ASSESS_OUTAGE);
		Outage outage = outageOf(instance);
		assertThat(outage.startsAt()).isEqualTo(newStart);
		assertThat(outage.expectedEnd()).isEqualTo(newEnd);
		Task assessment = task(instance, Elements.ASSESS_OUTAGE);
		assertThat(this.engine.getTaskService().getVariable(assessment.getId(), Vars.STARTS_AT))
			.isEqualTo(ProcessValues.formTime(newStart));
		assertThat(this.engine.getTaskService().getVariable(assessment.getId(), Vars.EXPECTED_END))
			.isEqualTo(ProcessValues.formTime(newEnd));
		// Only management's notice of Inera's first message; nothing went out.
		assertThat(this.journal.publications(outage.id())).extracting(Publication::kind)
			.containsExactly(Kind.NOTICE_RECEIVED);
		assertThat(entries(outage, EntryType.INERA_UPDATE)).singleElement().satisfies((e) -> {
			assertThat(e.visibility()).isEqualTo(JournalEntry.Visibility.INTERNAL);
			assertThat(e.text()).contains("Flyttat en dag.").contains("30 november 2026 kl. 09:00");
		});
	}

	@Test
	void aPlannedOutageThatStartsAsksForItsFirstUpdateAnHourLaterNotAtTheAssessmentsStaleTime() {
		Instant start = this.now.plus(Duration.ofDays(3));
		ProcessInstance instance = plannedNotice("SF-FIRST", start);
		// Assessed days ahead with "next update" an hour after the assessment.
		assess(instance, Map.of(Vars.PLANNED, true, Vars.STARTS_AT, iso(start),
				Vars.EXPECTED_END, iso(start.plus(Duration.ofHours(3)))));

		setClock(start.plusSeconds(1));
		runJobs(instance);

		Instant firstUpdate = start.plusSeconds(1).plus(Duration.ofHours(1));
		assertThat(outageOf(instance).state()).isEqualTo(OutageState.ONGOING);
		assertThat(outageOf(instance).nextUpdateAt()).isEqualTo(firstUpdate);
		assertThat(task(instance, Elements.UPDATE_STATUS).getDueDate().toInstant()).isEqualTo(firstUpdate);
		assertThat(publications(outageOf(instance), Kind.UPDATE_OVERDUE)).isEmpty();
		assertThat(publications(outageOf(instance), Kind.UPDATE_ESCALATION)).isEmpty();
	}

	@Test
	void ineraReschedulesAPlannedOutage() {
		Instant start = this.now.plus(Duration.ofDays(10));
		ProcessInstance instance = plannedNotice("SF-200", start);
		assess(instance, Map.of(Vars.PLANNED, true, Vars.STARTS_AT, iso(start),
				Vars.EXPECTED_END, iso(start.plus(Duration.ofHours(2)))));

		Instant later = start.plus(Duration.ofDays(7));
		this.intake.updated("SF-200", later, later.plus(Duration.ofHours(4)), "Servicefönstret flyttas en vecka.");
		runJobs(instance);

		Outage outage = outageOf(instance);
		assertThat(outage.startsAt()).isEqualTo(later);
		assertThat(outage.expectedEnd()).isEqualTo(later.plus(Duration.ofHours(4)));
		assertThat(publications(outage, Kind.RESCHEDULED)).singleElement()
			.satisfies((p) -> assertThat(p.body()).contains("flyttas en vecka"));
		assertThat(instance).isWaitingAt(Elements.UNIT_REMINDER_TIMER, Elements.MANAGE_PLANNED_OUTAGE);
		Instant timer = this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.timers()
			.singleResult()
			.getDuedate()
			.toInstant();
		assertThat(timer).isBefore(later).isAfter(later.minus(Duration.ofDays(4)));
	}

	@Test
	void managementReschedulesAPlannedOutageFromTasklist() {
		Instant start = this.now.plus(Duration.ofDays(5));
		ProcessInstance instance = plannedNotice("SF-300", start);
		assess(instance, Map.of(Vars.PLANNED, true, Vars.STARTS_AT, iso(start),
				Vars.EXPECTED_END, iso(start.plus(Duration.ofHours(2)))));
		Task change = task(instance, Elements.MANAGE_PLANNED_OUTAGE);
		assertThatThrownBy(() -> this.engine.getTaskService()
			.complete(change.getId(), Map.of(Vars.PLANNED_CHANGE, PlannedChanges.RESCHEDULE, Vars.STARTS_AT,
					iso(start.plus(Duration.ofDays(1))), Vars.EXPECTED_END, iso(start))))
			.hasMessageContaining("Nytt slut måste vara efter ny start");

		Instant newStart = start.plus(Duration.ofDays(1));
		completeTask(instance, change, Map.of(Vars.PLANNED_CHANGE, PlannedChanges.RESCHEDULE, Vars.STARTS_AT, iso(newStart),
				Vars.EXPECTED_END, iso(newStart.plus(Duration.ofHours(1))), Vars.CHANGE_REASON, "Inera bad om ny tid."));
		assertThat(outageOf(instance).startsAt()).isEqualTo(newStart);
		assertThat(entries(outageOf(instance), EntryType.RESCHEDULED)).singleElement()
			.satisfies((e) -> assertThat(e.actor()).isEqualTo("forvaltare"));
		assertThat(instance).isWaitingAt(Elements.MANAGE_PLANNED_OUTAGE);
	}

	@Test
	void ineraCancelsAPlannedOutage() {
		Instant start = this.now.plus(Duration.ofDays(10));
		ProcessInstance instance = plannedNotice("SF-400", start);
		assess(instance, Map.of(Vars.PLANNED, true, Vars.STARTS_AT, iso(start),
				Vars.EXPECTED_END, iso(start.plus(Duration.ofHours(2)))));

		this.intake.cancelled("SF-400", "Underhållet behövs inte.");
		runJobs(instance);

		assertThat(instance).isEnded();
		Outage outage = outageOf(instance);
		assertThat(outage.state()).isEqualTo(OutageState.CANCELLED);
		assertThat(publications(outage, Kind.CANCELLED)).singleElement()
			.satisfies((p) -> assertThat(p.body()).contains("inställt").contains("behövs inte"));
		assertThatThrownBy(() -> this.intake.resolved("SF-400", "x")).isInstanceOf(NoticeRefusedException.class);
	}

	@Test
	void managementCancelsAPlannedOutageAndAnIneraCancellationAfterTheStartIsAConflict() {
		Instant start = this.now.plus(Duration.ofHours(2));
		ProcessInstance instance = plannedNotice("SF-500", start);
		assess(instance, Map.of(Vars.PLANNED, true, Vars.STARTS_AT, iso(start),
				Vars.EXPECTED_END, iso(start.plus(Duration.ofHours(2)))));
		// The working day before has passed: no reminder timer, only the start.
		assertThat(instance).isWaitingAt(Elements.PLANNED_START_TIMER, Elements.MANAGE_PLANNED_OUTAGE);

		completeTask(instance, task(instance, Elements.MANAGE_PLANNED_OUTAGE),
				Map.of(Vars.PLANNED_CHANGE, PlannedChanges.CANCEL, Vars.CHANGE_REASON, "Förvaltningen ställer in."));
		assertThat(instance).isEnded();
		assertThat(outageOf(instance).state()).isEqualTo(OutageState.CANCELLED);

		ProcessInstance second = plannedNotice("SF-501", this.now.plus(Duration.ofMinutes(30)));
		assess(second, Map.of(Vars.PLANNED, true, Vars.STARTS_AT, iso(this.now.plus(Duration.ofMinutes(30))),
				Vars.EXPECTED_END, iso(this.now.plus(Duration.ofHours(3)))));
		advance(Duration.ofMinutes(31));
		runJobs(second);
		assertThat(second).isWaitingAt(Elements.UPDATE_STATUS);
		assertThatThrownBy(() -> this.intake.cancelled("SF-501", "för sent"))
			.isInstanceOfSatisfying(NoticeRefusedException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(NoticeRefusedException.Reason.WRONG_STATE));
	}

	@Test
	void repeatedPlannedNoticeReturnsTheExistingOutage() {
		Instant start = this.now.plus(Duration.ofDays(9));
		plannedNotice("SF-600", start);
		OutageIntake.Received again = this.intake.plannedNotice(new IneraNotice("SF-600", "Servicefönster",
				List.of("journalen"), start, start.plus(Duration.ofHours(1)), "igen", "TEST"));
		assertThat(again.created()).isFalse();
		assertThat(this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(again.outage().reference())
			.count()).isEqualTo(1);
		assertThatThrownBy(() -> this.intake.updated("NO-SUCH", null, null, "x"))
			.isInstanceOfSatisfying(NoticeRefusedException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(NoticeRefusedException.Reason.UNKNOWN_REFERENCE));
	}

	// --- Inera's incident notice, and the assessment's clock ---------------------------------

	@Test
	void anIneraIncidentNoticeOpensAnUnplannedOutageThatInerasUpdatesAndResolutionReach() {
		OutageIntake.Received received = this.intake.incidentNotice(new IneraNotice("INC-5001", null,
				List.of("journalen"), null, null, "Invånare kan inte öppna journalen.", "TEST"));
		assertThat(received.created()).isTrue();
		Outage opened = received.outage();
		assertThat(opened.planned()).isFalse();
		assertThat(opened.ineraReference()).isEqualTo("INC-5001");
		assertThat(opened.title()).isEqualTo("Driftstörning i 1177 Journalen");
		assertThat(opened.startsAt()).isEqualTo(this.now);
		ProcessInstance instance = instanceOf(received);
		runJobs(instance);
		assertThat(instance).isWaitingAt(Elements.ASSESS_OUTAGE);
		assertThat(this.engine.getRuntimeService().getVariable(instance.getId(), Vars.INERA_REFERENCE))
			.isEqualTo("INC-5001");

		// Management is told at once, and nothing is public yet.
		assertThat(publications(opened, Kind.NOTICE_RECEIVED)).singleElement().satisfies((p) -> {
			assertThat(p.audience()).isEqualTo(Audience.MANAGEMENT);
			assertThat(p.subject()).isEqualTo("[1177 Journalen] Ny driftstörning från Inera: Driftstörning i 1177 Journalen");
			assertThat(p.body()).contains("Inera har meddelat en driftstörning som pågår nu (Ineras referens INC-5001)")
				.contains("Bedöm driftstörning")
				.contains("senast " + OutageWording.time(this.now.plus(Duration.ofMinutes(15))))
				.contains("Ineras text: Invånare kan inte öppna journalen.");
		});
		assertThat(this.journal.publications(opened.id())).noneMatch((p) -> p.audience() == Audience.PUBLIC);

		// The same incident again joins the outage; news in it is journaled, a plain repeat is not.
		OutageIntake.Received again = this.intake.incidentNotice(new IneraNotice("INC-5001", null,
				List.of("journalen"), null, null, "Invånare kan inte öppna journalen.", "TEST"));
		assertThat(again.created()).isFalse();
		assertThat(again.outage().id()).isEqualTo(opened.id());
		assertThat(entries(opened, EntryType.INERA_UPDATE)).isEmpty();
		this.intake.incidentNotice(new IneraNotice("INC-5001", null, List.of("journalen"), null, null,
				"Felet gäller även inloggningen.", "TEST"));

		assess(instance, Map.of());
		this.intake.updated("INC-5001", null, null, "Inera felsöker fortfarande.");
		runJobs(instance);
		assertThat(entries(outageOf(instance), EntryType.INERA_UPDATE)).extracting(JournalEntry::text)
			.containsExactly("Felet gäller även inloggningen.", "Inera felsöker fortfarande.");
		this.intake.resolved("INC-5001", "Felet är åtgärdat.");
		runJobs(instance);
		assertThat(tasks(instance, Elements.CONFIRM_RECOVERY)).hasSize(1);
		assertThat(outageOf(instance).state()).isEqualTo(OutageState.ONGOING);
	}

	@Test
	void anUnassessedOutageIsDueInMinutesThenRemindsAndEscalates() {
		ProcessInstance instance = declare(List.of("journalen"), false);
		Outage outage = outageOf(instance);
		assertThat(task(instance, Elements.ASSESS_OUTAGE).getDueDate().toInstant())
			.isEqualTo(this.now.plus(Duration.ofMinutes(15)));
		// Management declared it itself: no arrival notice.
		assertThat(publications(outage, Kind.NOTICE_RECEIVED)).isEmpty();

		advance(Duration.ofMinutes(16));
		runJobs(instance);
		assertThat(publications(outage, Kind.ASSESSMENT_OVERDUE)).singleElement().satisfies((p) -> {
			assertThat(p.audience()).isEqualTo(Audience.MANAGEMENT);
			assertThat(p.body()).contains("skulle ha bedömts senast "
					+ OutageWording.time(outage.createdAt().plus(Duration.ofMinutes(15))));
		});
		assertThat(publications(outage, Kind.ASSESSMENT_ESCALATION)).isEmpty();

		advance(Duration.ofMinutes(30));
		runJobs(instance);
		assertThat(publications(outage, Kind.ASSESSMENT_ESCALATION)).singleElement()
			.satisfies((p) -> assertThat(p.subject()).startsWith("BRÅDSKANDE"));
		assertThat(instance).isWaitingAt(Elements.ASSESS_OUTAGE);
		assertThat(this.journal.publications(outage.id())).noneMatch((p) -> p.audience() == Audience.PUBLIC);
	}

	@Test
	void inerasPlannedNoticeIsAnnouncedToManagementAndDueWithinHoursOrByItsStart() {
		ProcessInstance later = plannedNotice("SF-DUE-1", this.now.plus(Duration.ofDays(3)));
		assertThat(task(later, Elements.ASSESS_OUTAGE).getDueDate().toInstant())
			.isEqualTo(this.now.plus(Duration.ofHours(4)));
		assertThat(publications(outageOf(later), Kind.NOTICE_RECEIVED)).singleElement().satisfies((p) -> {
			assertThat(p.subject()).isEqualTo("[1177 Journalen] Nytt planerat driftstopp från Inera: Servicefönster Journalen");
			assertThat(p.body()).contains("Inera har meddelat ett planerat driftstopp (Ineras referens SF-DUE-1)")
				.contains("Planerad tid: " + OutageWording.time(this.now.plus(Duration.ofDays(3))) + " till "
						+ OutageWording.time(this.now.plus(Duration.ofDays(3)).plus(Duration.ofHours(2))));
		});

		ProcessInstance soon = plannedNotice("SF-DUE-2", this.now.plus(Duration.ofHours(1)));
		assertThat(task(soon, Elements.ASSESS_OUTAGE).getDueDate().toInstant())
			.isEqualTo(this.now.plus(Duration.ofHours(1)));
	}

	// --- After recovery ---------------------------------------------------------------------

	@Test
	void unitReviewsAreDueInThreeWorkingDaysWithReminderAndEscalation() {
		ProcessInstance instance = declare(List.of("egen-provhantering"), false);
		assess(instance, Map.of());
		restore(instance);

		Task review = task(instance, Elements.REVIEW_CASES);
		assertThat(candidateGroups(review)).containsExactly("unit-hc-krokom");
		// Resolved Thursday 26 Nov: three working days later is Tuesday 1 Dec, 16:00.
		Instant due = LocalDate.of(2026, 12, 1).atTime(16, 0).atZone(WorkingDays.SWEDEN).toInstant();
		assertThat(review.getDueDate().toInstant()).isEqualTo(due);

		setClock(LocalDate.of(2026, 11, 30).atTime(16, 1).atZone(WorkingDays.SWEDEN).toInstant());
		runJobs(instance);
		assertThat(publications(outageOf(instance), Kind.UNIT_REVIEW_REMINDER)).singleElement()
			.satisfies((p) -> assertThat(p.units()).containsExactly("hc-krokom"));
		assertThat(publications(outageOf(instance), Kind.UNIT_REVIEW_ESCALATION)).isEmpty();

		setClock(due.plusSeconds(60));
		runJobs(instance);
		assertThat(publications(outageOf(instance), Kind.UNIT_REVIEW_ESCALATION)).singleElement()
			.satisfies((p) -> assertThat(p.audience()).isEqualTo(Audience.UNIT_MANAGERS));
		assertThat(tasks(instance, Elements.REVIEW_CASES)).hasSize(1);

		assertThatThrownBy(() -> this.engine.getTaskService().complete(review.getId(), review(1, 2, 0)))
			.hasMessageContaining("Fler ärenden avslutade utan svar än genomgångna");
		completeTask(instance, review, review(3, 1, 0));
		assertThat(instance).isWaitingAt(Elements.CLOSE_OUTAGE);
	}

	@Test
	void managementClosesTheRemainingReviewsWithAReason() {
		ProcessInstance instance = declare(List.of("personalverktyget"), false);
		assess(instance, Map.of());
		restore(instance);
		List<Task> reviews = tasks(instance, Elements.REVIEW_CASES);
		assertThat(reviews).hasSize(3);
		completeTask(instance, reviews.get(0), review(2, 0, 0));

		completeTask(instance, task(instance, Elements.CLOSE_REMAINING_REVIEWS),
				Map.of(Vars.CLOSE_REASON, "Enheterna har bekräftat per telefon."));
		assertThat(tasks(instance, Elements.REVIEW_CASES)).isEmpty();
		JournalEntry closed = entries(outageOf(instance), EntryType.UNIT_REVIEWS_CLOSED).get(0);
		assertThat(closed.text()).contains("bekräftat per telefon").doesNotContain("inga");
		assertThat(instance).isWaitingAt(Elements.CLOSE_OUTAGE);

		complete(instance, Elements.CLOSE_OUTAGE, Map.of(Vars.SUMMARY, "Kort avbrott.", Vars.DEFICIENCY_FOUND, false));
		assertThat(instance).isEnded();
		assertThat(entries(outageOf(instance), EntryType.DEFICIENCY_FOUND)).isEmpty();
	}

	// --- Helpers ------------------------------------------------------------------------------

	private ProcessInstance declare(List<String> services, boolean loginAffected) {
		ProcessInstance instance;
		authenticateAs("forvaltare");
		try {
			instance = this.engine.getRuntimeService()
				.startProcessInstanceByKey(OutageProcess.KEY,
						Map.of(Vars.SERVICES, ProcessValues.jsonList(services), Vars.TITLE, "Störning i " + services,
								Vars.PUBLIC_TEXT, "Tjänsten svarar inte.", Vars.LOGIN_AFFECTED, loginAffected));
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}
		runJobs(instance);
		return instance;
	}

	private ProcessInstance plannedNotice(String reference, Instant start) {
		OutageIntake.Received received = this.intake.plannedNotice(new IneraNotice(reference,
				"Servicefönster Journalen", List.of("journalen"), start, start.plus(Duration.ofHours(2)),
				"Inera genomför planerat underhåll.", "TEST"));
		assertThat(received.created()).isTrue();
		ProcessInstance instance = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(received.outage().processInstanceId())
			.singleResult();
		runJobs(instance);
		assertThat(instance).isWaitingAt(Elements.ASSESS_OUTAGE);
		return instance;
	}

	private ProcessInstance instanceOf(OutageIntake.Received received) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(received.outage().processInstanceId())
			.singleResult();
	}

	private Map<String, Object> assessment(Map<String, Object> overrides) {
		Map<String, Object> values = new HashMap<>();
		values.put(Vars.TITLE, "Störning");
		values.put(Vars.PLANNED, false);
		values.put(Vars.STARTS_AT, iso(this.now));
		values.put(Vars.EXPECTED_END, iso(this.now.plus(Duration.ofHours(4))));
		values.put(Vars.NEXT_UPDATE_AT, iso(this.now.plus(Duration.ofHours(1))));
		values.put(Vars.PUBLIC_TEXT, "Tjänsten fungerar inte. Ring patienter vid behov.");
		values.put(Vars.INERA_INFO_PRESENT, true);
		values.put(Vars.UNIT_TASKS_REQUESTED, false);
		values.put(Vars.AFFECTED_UNITS, ProcessValues.jsonList(List.of()));
		values.putAll(overrides);
		return values;
	}

	private void assess(ProcessInstance instance, Map<String, Object> overrides) {
		complete(instance, Elements.ASSESS_OUTAGE, assessment(overrides));
	}

	private void restore(ProcessInstance instance) {
		complete(instance, Elements.UPDATE_STATUS,
				Map.of(Vars.SERVICE_RESTORED, true, Vars.STATUS_TEXT, "Tjänsten fungerar igen."));
	}

	/** Publishes updates while time passes so only the rule under test fires. */
	private void keepUpdating(ProcessInstance instance) {
		complete(instance, Elements.UPDATE_STATUS, Map.of(Vars.STATUS_TEXT, "Fortfarande nere.", Vars.NEXT_UPDATE_AT,
				iso(this.now.plus(Duration.ofHours(3))), Vars.EXPECTED_END, iso(this.now.plus(Duration.ofHours(5))),
				Vars.SERVICE_RESTORED, false));
	}

	private static Map<String, Object> review(int reviewed, int closed, int phoned) {
		return Map.of(Vars.CASES_REVIEWED, (long) reviewed, Vars.CASES_CLOSED_WITHOUT_REPLY, (long) closed,
				Vars.PATIENTS_PHONED, (long) phoned, Vars.REVIEW_COMMENT, "Inga problem.");
	}

	private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
		completeTask(instance, task(instance, taskKey), variables);
	}

	private void completeTask(ProcessInstance instance, Task task, Map<String, Object> variables) {
		completeAs("forvaltare", instance, task, variables);
	}

	private Outage outageOf(ProcessInstance instance) {
		Object id = this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(Vars.OUTAGE_ID)
			.singleResult()
			.getValue();
		return this.journal.require(((Number) id).longValue());
	}

	private List<Publication> publications(Outage outage, Kind kind) {
		return this.journal.publications(outage.id()).stream().filter((p) -> p.kind() == kind).toList();
	}

	private List<JournalEntry> entries(Outage outage, EntryType type) {
		return this.journal.timeline(outage.id()).stream().filter((e) -> e.type() == type).toList();
	}

}
