package se.regionjh.reservrutin.outage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionjh.reservrutin.outage.JournalEntry.Visibility;
import se.regionjh.reservrutin.outage.JournalEvents.DeficiencyReported;
import se.regionjh.reservrutin.outage.JournalEvents.OpenedFromFaultReport;
import se.regionjh.reservrutin.outage.OutageProcess.Vars;
import se.regionjh.reservrutin.outage.Publication.Audience;
import se.regionjh.reservrutin.outage.Publication.Kind;
import se.regionjh.reservrutin.units.Unit;
import se.regionjh.reservrutin.units.UnitRegistry;
import se.regionjh.reservrutin.system.ProcessValues;
import se.regionjh.reservrutin.system.Times;

import static se.regionjh.reservrutin.system.ProcessValues.bool;
import static se.regionjh.reservrutin.system.ProcessValues.instant;
import static se.regionjh.reservrutin.system.ProcessValues.longText;
import static se.regionjh.reservrutin.system.ProcessValues.number;
import static se.regionjh.reservrutin.system.ProcessValues.strings;
import static se.regionjh.reservrutin.system.ProcessValues.text;

/**
 * The service tasks of OutageProcess.bpmn, each a thin bean named as in the
 * model: read variables, call the journal, write variables. Failures are left
 * to the job's retries and end as incidents in Cockpit.
 */
@Configuration(proxyBeanMethods = false)
class OutageDelegates {

	private final OutageJournal journal;

	private final UnitRegistry units;

	private final DeadlineProperties deadlines;

	private final OutageSchedule schedule;

	OutageDelegates(OutageJournal journal, UnitRegistry units, DeadlineProperties deadlines, OutageSchedule schedule) {
		this.deadlines = deadlines;
		this.schedule = schedule;
		this.journal = journal;
		this.units = units;
	}

	@Bean
	JavaDelegate registerOutage(ApplicationEventPublisher events) {
		return (execution) -> {
			Long outageId = outageIdOrNull(execution);
			Outage outage;
			if (outageId == null) {
				List<String> services = strings(execution.getVariable(Vars.SERVICES));
				List<String> affected = strings(execution.getVariable(Vars.AFFECTED_UNITS));
				String text = firstText(execution, Vars.PUBLIC_TEXT, Vars.ORIGIN_TEXT);
				String title = text(execution.getVariable(Vars.TITLE));
				Instant startsAt = instant(execution.getVariable(Vars.STARTS_AT));
				Object faultReportId = execution.getVariable(Vars.FAULT_REPORT_ID);
				String actor = firstText(execution, Vars.DECLARED_BY, Vars.TRIAGED_BY);
				outage = this.journal.open(new NewOutage(text(execution.getVariable(Vars.INERA_REFERENCE)),
						(title != null) ? title : "Driftstörning i " + OutageWording.serviceNames(services), services,
						affected.isEmpty() ? this.units.unitIdsUsing(services) : affected,
						bool(execution.getVariable(Vars.PLANNED)), bool(execution.getVariable(Vars.LOGIN_AFFECTED)),
						(startsAt != null) ? startsAt : Times.now(),
						instant(execution.getVariable(Vars.EXPECTED_END)), text, execution.getProcessInstanceId()),
						(faultReportId != null) ? EntryType.FAULT_REPORT : EntryType.DECLARED, actor, text);
				if (faultReportId != null) {
					events.publishEvent(new OpenedFromFaultReport(((Number) faultReportId).longValue(), outage.id()));
				}
			}
			else {
				this.journal.linkProcessInstance(outageId, execution.getProcessInstanceId());
				outage = this.journal.require(outageId);
			}
			execution.setProcessBusinessKey(outage.reference());
			prefillAssessment(execution, outage);
			if (outageId != null && outage.ineraReference() != null) {
				alertManagementOfIneraNotice(outage);
			}
		};
	}

	/** Inera's notice came by API or mail, with no person involved yet: management is told at once. */
	private void alertManagementOfIneraNotice(Outage outage) {
		Instant due = this.schedule.assessmentDueAt(outage.id()).toInstant();
		String what = outage.planned() ? "ett planerat driftstopp" : "en driftstörning som pågår nu";
		StringBuilder body = new StringBuilder("Inera har meddelat " + what + " (Ineras referens "
				+ outage.ineraReference() + "): " + outage.title() + ".\n");
		body.append("Berörda tjänster: ").append(OutageWording.serviceNames(outage.services())).append(".\n");
		if (outage.planned()) {
			body.append("Planerad tid: ").append(OutageWording.time(outage.startsAt()));
			if (outage.expectedEnd() != null) {
				body.append(" till ").append(OutageWording.time(outage.expectedEnd()));
			}
			body.append(".\n");
		}
		body.append("Inget har publicerats än. Bedöm driftstörningen i Tasklist (uppgiften \"Bedöm driftstörning\"), "
				+ "senast ").append(OutageWording.time(due)).append('.');
		if (outage.publicText() != null && !outage.publicText().isBlank()) {
			body.append("\n\nIneras text: ").append(outage.publicText());
		}
		this.journal.notify(outage.id(), EntryType.MANAGEMENT_ALERTED, Kind.NOTICE_RECEIVED, Audience.MANAGEMENT,
				List.of(), OutageWording.subject(outage, outage.planned() ? "Nytt planerat driftstopp från Inera"
						: "Ny driftstörning från Inera"),
				body.toString(), null);
	}

	@Bean
	JavaDelegate remindAssessment() {
		return (execution) -> {
			Outage outage = outage(execution);
			this.journal.notify(outage.id(), EntryType.ASSESSMENT_OVERDUE, Kind.ASSESSMENT_OVERDUE,
					Audience.MANAGEMENT, List.of(), OutageWording.subject(outage, "Bedömning försenad"),
					outage.reference() + " " + outage.title() + " skulle ha bedömts senast "
							+ OutageWording.time(this.schedule.assessmentDueAt(outage.id()).toInstant())
							+ ". Inget har publicerats och enheterna har inte fått besked. Bedöm driftstörningen i "
							+ "Tasklist (uppgiften \"Bedöm driftstörning\").",
					null);
		};
	}

	@Bean
	JavaDelegate escalateAssessment() {
		return (execution) -> {
			Outage outage = outage(execution);
			this.journal.notify(outage.id(), EntryType.ASSESSMENT_ESCALATED, Kind.ASSESSMENT_ESCALATION,
					Audience.MANAGEMENT, List.of(), "BRÅDSKANDE " + OutageWording.subject(outage, "Driftstörning inte bedömd"),
					outage.reference() + " " + outage.title() + " är fortfarande inte bedömd, sedan "
							+ OutageWording.time(this.schedule.assessmentDueAt(outage.id()).toInstant())
							+ ". Verksamheterna och invånarna har inte fått besked. Bedöm den nu.",
					null);
		};
	}

	/** Management's assessment form opens with what is already known. */
	private void prefillAssessment(DelegateExecution execution, Outage outage) {
		execution.setVariable(Vars.OUTAGE_ID, outage.id());
		execution.setVariable(Vars.OUTAGE_REFERENCE, outage.reference());
		execution.setVariable(Vars.TITLE, outage.title());
		execution.setVariable(Vars.SERVICES, ProcessValues.jsonList(outage.services()));
		// Empty means "every unit that uses an affected service", decided when the
		// assessment is published, so a service added in the form brings its units.
		execution.setVariable(Vars.AFFECTED_UNITS, ProcessValues.jsonList(List.of()));
		execution.setVariable(Vars.UNIT_OPTIONS, unitOptions());
		execution.setVariable(Vars.PLANNED, outage.planned());
		execution.setVariable(Vars.LOGIN_AFFECTED, outage.loginAffected());
		execution.setVariable(Vars.STARTS_AT, ProcessValues.formTime(outage.startsAt()));
		execution.setVariable(Vars.EXPECTED_END, ProcessValues.formTime(outage.expectedEnd()));
		execution.setVariable(Vars.NEXT_UPDATE_AT, ProcessValues.formTime(Times.now().plusSeconds(3600)));
		execution.setVariable(Vars.PUBLIC_TEXT, longText(outage.publicText()));
		// Inera posts its own information (R13); management unticks the box when it is missing.
		execution.setVariable(Vars.INERA_INFO_PRESENT, true);
		execution.setVariable(Vars.UNIT_TASKS_REQUESTED, false);
		if (execution.getVariable(Vars.INERA_REFERENCE) == null) {
			execution.setVariable(Vars.INERA_REFERENCE, outage.ineraReference());
		}
	}

	private Object unitOptions() {
		SpinJsonNode options = Spin.JSON("[]");
		for (Unit unit : this.units.all()) {
			options.append(Spin.JSON(Map.of("label", unit.name(), "value", unit.id())));
		}
		return SpinValues.jsonValue(options).create();
	}

	@Bean
	JavaDelegate publishAssessment() {
		return (execution) -> {
			long outageId = outageId(execution);
			List<String> services = strings(execution.getVariable(Vars.SERVICES));
			List<String> affected = strings(execution.getVariable(Vars.AFFECTED_UNITS));
			List<String> effectiveUnits = affected.isEmpty() ? this.units.unitIdsUsing(services) : affected;
			String actor = text(execution.getVariable(Vars.ASSESSED_BY));
			Outage outage = this.journal.assess(outageId,
					new Assessment(text(execution.getVariable(Vars.TITLE)), services, effectiveUnits,
							bool(execution.getVariable(Vars.PLANNED)), bool(execution.getVariable(Vars.LOGIN_AFFECTED)),
							instant(execution.getVariable(Vars.STARTS_AT)),
							instant(execution.getVariable(Vars.EXPECTED_END)),
							instant(execution.getVariable(Vars.NEXT_UPDATE_AT)),
							text(execution.getVariable(Vars.PUBLIC_TEXT)),
							text(execution.getVariable(Vars.INERA_REFERENCE))),
					actor);
			execution.setVariable(Vars.AFFECTED_UNITS, ProcessValues.jsonList(effectiveUnits));
			if (bool(execution.getVariable(Vars.INERA_INFO_PRESENT))) {
				this.journal.note(outageId, EntryType.INERA_INFO_CONFIRMED, Visibility.INTERNAL, actor, null,
						"Ineras driftinformation finns i tjänsternas webbgränssnitt.", null);
			}
			if (bool(execution.getVariable(Vars.UNIT_TASKS_REQUESTED))) {
				askUnitsToFollowTheirRoutine(outage, actor);
			}
		};
	}

	private void askUnitsToFollowTheirRoutine(Outage outage, String actor) {
		this.journal.notify(outage.id(), EntryType.UNIT_ROUTINE_TASKS, Kind.UNIT_ROUTINE, Audience.UNITS,
				outage.units(), OutageWording.subject(outage, "Följ er lokala reservrutin"),
				"Förvaltningen ber berörda enheter att följa sin lokala reservrutin. Uppgiften finns i "
						+ "Tasklist.\n\n" + outage.publicText(),
				actor);
	}

	@Bean
	JavaDelegate requestIneraInformation() {
		return (execution) -> {
			Outage outage = outage(execution);
			this.journal.notify(outage.id(), EntryType.INERA_INFO_REQUESTED, Kind.INERA_INFO_REQUEST, Audience.INERA,
					List.of(), "Driftinformation saknas: " + OutageWording.serviceNames(outage.services()),
					"Hej!\n\nVi saknar information om driftstörningen i " + OutageWording.serviceNames(outage.services())
							+ " i tjänsternas webbgränssnitt. Vi ber er publicera driftinformation där.\n\n"
							+ "Vår referens: " + outage.reference()
							+ (outage.ineraReference() != null ? ", er referens: " + outage.ineraReference() : "")
							+ "\n\nFörvaltningen för 1177 e-tjänster",
					text(execution.getVariable(Vars.ASSESSED_BY)));
		};
	}

	@Bean
	JavaDelegate remindUnitsBeforeStart() {
		return (execution) -> {
			Outage outage = outage(execution);
			this.journal.notify(outage.id(), EntryType.UNIT_REMINDER, Kind.UNIT_REMINDER, Audience.UNITS,
					outage.units(), OutageWording.subject(outage, "Påminnelse om planerat driftstopp"),
					"Påminnelse: " + OutageWording.serviceNames(outage.services()) + " stängs för planerat underhåll "
							+ OutageWording.time(outage.startsAt()) + " till " + OutageWording.time(outage.expectedEnd())
							+ ".\n\nFörbered enheten enligt er lokala reservrutin.\n\n" + outage.publicText(),
					null);
		};
	}

	@Bean
	JavaDelegate recordReschedule() {
		return (execution) -> {
			Outage outage = outage(execution);
			Instant startsAt = instant(execution.getVariable(Vars.STARTS_AT));
			Instant expectedEnd = instant(execution.getVariable(Vars.EXPECTED_END));
			this.journal.reschedule(outage.id(), (startsAt != null) ? startsAt : outage.startsAt(),
					(expectedEnd != null) ? expectedEnd : outage.expectedEnd(),
					text(execution.getVariable(Vars.CHANGE_REASON)), text(execution.getVariable(Vars.CHANGED_BY)));
		};
	}

	@Bean
	JavaDelegate recordCancelledBeforeAssessment() {
		return (execution) -> this.journal.cancelBeforeAssessment(outageId(execution),
				text(execution.getVariable(Vars.CHANGE_REASON)), text(execution.getVariable(Vars.CHANGED_BY)));
	}

	@Bean
	JavaDelegate recordIneraChangeBeforeAssessment() {
		return (execution) -> this.journal.reviseBeforeAssessment(outageId(execution),
				instant(execution.getVariable(Vars.STARTS_AT)), instant(execution.getVariable(Vars.EXPECTED_END)),
				text(execution.getVariable(Vars.CHANGE_REASON)), text(execution.getVariable(Vars.CHANGED_BY)));
	}

	@Bean
	JavaDelegate publishCancellation() {
		return (execution) -> this.journal.cancel(outageId(execution),
				text(execution.getVariable(Vars.CHANGE_REASON)), text(execution.getVariable(Vars.CHANGED_BY)));
	}

	@Bean
	JavaDelegate markOutageStarted() {
		return (execution) -> this.journal.markStarted(outageId(execution), this.deadlines.firstUpdateAfter());
	}

	/**
	 * Publishes the update, and takes in what management learnt since: units
	 * asked to follow their local routine for the first time now, and whether
	 * patients' login is affected. The gateway after this task starts the unit
	 * tasks and the login day rule when they are new.
	 */
	@Bean
	JavaDelegate publishStatusUpdate() {
		return (execution) -> {
			long outageId = outageId(execution);
			String actor = text(execution.getVariable(Vars.UPDATED_BY));
			Outage before = this.journal.require(outageId);
			Outage outage = this.journal.statusUpdate(outageId, text(execution.getVariable(Vars.STATUS_TEXT)),
					instant(execution.getVariable(Vars.EXPECTED_END)),
					instant(execution.getVariable(Vars.NEXT_UPDATE_AT)), actor);
			List<Publication> published = this.journal.publications(outageId);
			boolean unitsAskedBefore = published.stream().anyMatch((p) -> p.kind() == Kind.UNIT_ROUTINE);
			boolean askNow = bool(execution.getVariable(Vars.UNIT_TASKS_REQUESTED)) && !unitsAskedBefore;
			if (askNow) {
				askUnitsToFollowTheirRoutine(outage, actor);
			}
			execution.setVariable(Vars.UNITS_ASKED_NOW, askNow);
			Object login = execution.getVariable(Vars.LOGIN_AFFECTED);
			boolean loginNow = (login != null) ? bool(login) : before.loginAffected();
			if (loginNow != before.loginAffected()) {
				this.journal.changeLoginAffected(outageId, loginNow, actor);
			}
			long loginRulesRunning = execution.getProcessEngineServices()
				.getRuntimeService()
				.createExecutionQuery()
				.processInstanceId(execution.getProcessInstanceId())
				.activityId(LOGIN_TIMER)
				.count();
			execution.setVariable(Vars.LOGIN_NEWLY_AFFECTED, loginNow && loginRulesRunning == 0
					&& published.stream().noneMatch((p) -> p.kind() == Kind.PHONE_AVAILABILITY));
		};
	}

	/** The timer of the login day rule in OutageProcess.bpmn. */
	static final String LOGIN_TIMER = OutageProcess.Elements.LOGIN_TIMER;

	@Bean
	JavaDelegate remindOverdueUpdate() {
		return (execution) -> {
			Outage outage = outage(execution);
			this.journal.notify(outage.id(), EntryType.UPDATE_OVERDUE, Kind.UPDATE_OVERDUE, Audience.MANAGEMENT,
					List.of(), OutageWording.subject(outage, "Lägesuppdatering försenad"),
					"Lägesuppdateringen för " + outage.reference() + " skulle ha publicerats "
							+ OutageWording.time(outage.nextUpdateAt())
							+ ". Uppdatera status och prognos i Tasklist (uppgiften \"Uppdatera status och prognos\").",
					null);
		};
	}

	@Bean
	JavaDelegate escalateOverdueUpdate() {
		return (execution) -> {
			Outage outage = outage(execution);
			this.journal.notify(outage.id(), EntryType.UPDATE_ESCALATED, Kind.UPDATE_ESCALATION, Audience.MANAGEMENT,
					List.of(), "BRÅDSKANDE " + OutageWording.subject(outage, "Ingen lägesuppdatering"),
					"Ingen lägesuppdatering har publicerats för " + outage.reference() + " sedan den förföll "
							+ OutageWording.time(outage.nextUpdateAt()) + ". Verksamheterna väntar på besked om status "
							+ "och prognos. Publicera en uppdatering nu.",
					null);
		};
	}

	@Bean
	JavaDelegate recommendPhoneAvailability() {
		return (execution) -> {
			Outage outage = outage(execution);
			this.journal.notify(outage.id(), EntryType.PHONE_AVAILABILITY, Kind.PHONE_AVAILABILITY, Audience.UNITS,
					outage.units(), OutageWording.subject(outage, "Öka telefontillgängligheten"),
					LocalRoutineChecklists.loginOutage(outage), null);
		};
	}

	@Bean
	JavaDelegate recordIneraUpdate() {
		return (execution) -> this.journal.note(outageId(execution), EntryType.INERA_UPDATE, Visibility.INTERNAL,
				OutageIntake.INERA, null, text(execution.getVariable(Vars.ORIGIN_TEXT)), null);
	}

	@Bean
	JavaDelegate publishServiceRestored() {
		return (execution) -> this.journal.resolve(outageId(execution),
				text(execution.getVariable(Vars.STATUS_TEXT)), text(execution.getVariable(Vars.UPDATED_BY)),
				instant(execution.getVariable(Vars.RESTORED_AT)));
	}

	/** Inera says the problem is solved: journaled, and management is asked to confirm. */
	@Bean
	JavaDelegate recordIneraResolved() {
		return (execution) -> {
			Outage outage = outage(execution);
			String text = text(execution.getVariable(Vars.INERA_RESOLVED_TEXT));
			this.journal.note(outage.id(), EntryType.INERA_RESOLVED, Visibility.INTERNAL, OutageIntake.INERA, null,
					text, null);
			this.journal.notify(outage.id(), EntryType.RECOVERY_CONFIRMATION_REQUESTED, Kind.RECOVERY_CONFIRMATION,
					Audience.MANAGEMENT, List.of(), OutageWording.subject(outage, "Inera meddelar åter i drift"),
					"Inera meddelar att felet är åtgärdat för " + outage.reference() + ". Inget har publicerats än. "
							+ "Bekräfta att tjänsten är åter i drift i Tasklist (uppgiften \"Bekräfta att tjänsten "
							+ "är åter i drift\"), senast " + OutageWording.time(Times.now()
								.plus(this.deadlines.recoveryConfirmationWithin()))
							+ "." + ((text != null) ? "\n\nIneras besked: " + text : ""),
					null);
		};
	}

	@Bean
	JavaDelegate recordRecoveryNotConfirmed() {
		return (execution) -> this.journal.note(outageId(execution), EntryType.RECOVERY_NOT_CONFIRMED,
				Visibility.INTERNAL, text(execution.getVariable(Vars.UPDATED_BY)), null,
				"Förvaltningen bekräftade inte Ineras besked om åter i drift: "
						+ text(execution.getVariable(Vars.RECOVERY_COMMENT)),
				null);
	}

	@Bean
	JavaDelegate remindRecoveryConfirmation() {
		return (execution) -> {
			Outage outage = outage(execution);
			this.journal.notify(outage.id(), EntryType.RECOVERY_CONFIRMATION_OVERDUE,
					Kind.RECOVERY_CONFIRMATION_OVERDUE, Audience.MANAGEMENT, List.of(),
					OutageWording.subject(outage, "Bekräfta åter i drift"),
					"Inera meddelade att felet är åtgärdat för " + outage.reference() + ", men förvaltningen har "
							+ "inte bekräftat det. Enheterna och invånarna har inte fått besked. Bekräfta i Tasklist "
							+ "(uppgiften \"Bekräfta att tjänsten är åter i drift\").",
					null);
		};
	}

	@Bean
	JavaDelegate escalateRecoveryConfirmation() {
		return (execution) -> {
			Outage outage = outage(execution);
			this.journal.notify(outage.id(), EntryType.RECOVERY_CONFIRMATION_ESCALATED,
					Kind.RECOVERY_CONFIRMATION_ESCALATION, Audience.MANAGEMENT, List.of(),
					"BRÅDSKANDE " + OutageWording.subject(outage, "Åter i drift inte bekräftat"),
					"Ineras besked om att felet är åtgärdat för " + outage.reference() + " är fortfarande inte "
							+ "bekräftat. Bekräfta nu, eller svara att tjänsten inte fungerar, så att enheterna "
							+ "får rätt besked.",
					null);
		};
	}

	@Bean
	JavaDelegate remindUnitReview() {
		return (execution) -> {
			Outage outage = outage(execution);
			Unit unit = this.units.require((String) execution.getVariable(Vars.UNIT_ID));
			this.journal.notify(outage.id(), EntryType.UNIT_REVIEW_REMINDER, Kind.UNIT_REVIEW_REMINDER,
					Audience.UNITS, List.of(unit.id()), OutageWording.subject(outage, "Påminnelse: gå igenom ärenden"),
					unit.name() + " har ännu inte gått igenom ärendena som kom in under driftstörningen "
							+ outage.reference() + ". Uppgiften i Tasklist förfaller snart.",
					null);
		};
	}

	@Bean
	JavaDelegate escalateUnitReview() {
		return (execution) -> {
			Outage outage = outage(execution);
			Unit unit = this.units.require((String) execution.getVariable(Vars.UNIT_ID));
			this.journal.notify(outage.id(), EntryType.UNIT_REVIEW_ESCALATED, Kind.UNIT_REVIEW_ESCALATION,
					Audience.UNIT_MANAGERS, List.of(unit.id()),
					OutageWording.subject(outage, "Försenad genomgång: " + unit.name()),
					unit.name() + " har inte gått igenom ärendena som kom in under driftstörningen "
							+ outage.reference() + " före förfallodagen. Enhetschefen och förvaltningen informeras.",
					null);
		};
	}

	@Bean
	JavaDelegate recordUnitReview() {
		return (execution) -> {
			String unitId = (String) execution.getVariable(Vars.UNIT_ID);
			Long reviewed = number(execution.getVariable(Vars.CASES_REVIEWED));
			Long closed = number(execution.getVariable(Vars.CASES_CLOSED_WITHOUT_REPLY));
			Long phoned = number(execution.getVariable(Vars.PATIENTS_PHONED));
			String comment = text(execution.getVariable(Vars.REVIEW_COMMENT));
			String summary = "Genomgångna ärenden: " + reviewed + ", avslutade utan svar: " + closed
					+ ", uppringda patienter: " + phoned + ((comment != null) ? ". " + comment : "");
			SpinJsonNode details = Spin.JSON("{}");
			details.prop(Vars.CASES_REVIEWED, reviewed);
			details.prop(Vars.CASES_CLOSED_WITHOUT_REPLY, closed);
			details.prop(Vars.PATIENTS_PHONED, phoned);
			this.journal.note(outageId(execution), EntryType.UNIT_REVIEW_DONE, Visibility.INTERNAL,
					text(execution.getVariable(Vars.REVIEWED_BY)), unitId, summary, details.toString());
		};
	}

	@Bean
	JavaDelegate recordClosedReviews(TaskService taskService) {
		return (execution) -> {
			List<String> open = taskService.createTaskQuery()
				.processInstanceId(execution.getProcessInstanceId())
				.taskDefinitionKey(OutageProcess.Elements.REVIEW_CASES)
				.list()
				.stream()
				.map((task) -> (String) taskService.getVariable(task.getId(), Vars.UNIT_ID))
				.sorted()
				.toList();
			String names = open.stream()
				.map((id) -> this.units.find(id).map(Unit::name).orElse(id))
				.collect(Collectors.joining(", "));
			this.journal.note(outageId(execution), EntryType.UNIT_REVIEWS_CLOSED, Visibility.INTERNAL,
					text(execution.getVariable(Vars.REVIEWS_CLOSED_BY)), null,
					"Stängda utan genomgång: " + (names.isEmpty() ? "inga" : names) + ". Skäl: "
							+ text(execution.getVariable(Vars.CLOSE_REASON)),
					null);
		};
	}

	@Bean
	JavaDelegate recordClosing(ApplicationEventPublisher events) {
		return (execution) -> {
			long outageId = outageId(execution);
			String actor = text(execution.getVariable(Vars.CLOSED_BY));
			Outage outage = this.journal.close(outageId, text(execution.getVariable(Vars.SUMMARY)), actor);
			if (bool(execution.getVariable(Vars.DEFICIENCY_FOUND))) {
				String description = text(execution.getVariable(Vars.DEFICIENCY_DESCRIPTION));
				this.journal.note(outageId, EntryType.DEFICIENCY_FOUND, Visibility.INTERNAL, actor, null, description,
						null);
				events.publishEvent(new DeficiencyReported(outageId, outage.reference(), description, actor));
			}
		};
	}

	private Outage outage(DelegateExecution execution) {
		return this.journal.require(outageId(execution));
	}

	static long outageId(DelegateExecution execution) {
		return ((Number) execution.getVariable(Vars.OUTAGE_ID)).longValue();
	}

	private static Long outageIdOrNull(DelegateExecution execution) {
		Object value = execution.getVariable(Vars.OUTAGE_ID);
		return (value != null) ? ((Number) value).longValue() : null;
	}

	private static String firstText(DelegateExecution execution, String... names) {
		for (String name : names) {
			String value = text(execution.getVariable(name));
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
