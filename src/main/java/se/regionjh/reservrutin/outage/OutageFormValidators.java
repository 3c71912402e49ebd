package se.regionjh.reservrutin.outage;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionjh.reservrutin.outage.JournalEntry.Visibility;
import se.regionjh.reservrutin.outage.OutageProcess.PlannedChanges;
import se.regionjh.reservrutin.outage.OutageProcess.Vars;
import se.regionjh.reservrutin.system.Actors;
import se.regionjh.reservrutin.system.FormErrors;
import se.regionjh.reservrutin.units.EService;
import se.regionjh.reservrutin.system.InputRules;
import se.regionjh.reservrutin.system.ProcessValues;
import se.regionjh.reservrutin.units.UnitRegistry;
import se.regionjh.reservrutin.system.Times;

import static se.regionjh.reservrutin.system.ProcessValues.bool;
import static se.regionjh.reservrutin.system.ProcessValues.instant;
import static se.regionjh.reservrutin.system.ProcessValues.number;
import static se.regionjh.reservrutin.system.ProcessValues.strings;
import static se.regionjh.reservrutin.system.ProcessValues.text;

/**
 * Server-side checks of the outage forms, run when a form is submitted. A
 * refused form rolls back with a Swedish message naming every problem; the
 * task stays open with what the user typed.
 */
@Configuration(proxyBeanMethods = false)
class OutageFormValidators {

	static final int MAX_TITLE = 200;

	static final int MAX_TEXT = 5000;

	@Bean
	ExecutionListener outageDeclarationValidator(UnitRegistry units) {
		return (execution) -> {
			FormErrors errors = new FormErrors();
			checkServices(errors, execution);
			checkText(errors, execution, Vars.TITLE, "Rubrik", MAX_TITLE, true);
			checkText(errors, execution, Vars.PUBLIC_TEXT, "Beskrivning", MAX_TEXT, true);
			checkUnits(errors, execution, units);
			readTime(errors, execution, Vars.STARTS_AT, "Start");
			errors.throwIfAny();
		};
	}

	@Bean
	TaskListener assessmentValidator(UnitRegistry units, OutageJournal journal) {
		return (task) -> {
			FormErrors errors = new FormErrors();
			String ineraReference = text(task.getVariable(Vars.INERA_REFERENCE));
			if (ineraReference != null) {
				long outageId = ((Number) task.getVariable(Vars.OUTAGE_ID)).longValue();
				journal.findByIneraReference(ineraReference)
					.filter((other) -> other.id() != outageId)
					.ifPresent((other) -> errors.add("Ineras referens '" + ineraReference
							+ "' hör redan till driftstörning " + other.reference() + "."));
				errors.require(ineraReference.length() <= 100, "Ineras referens får vara högst 100 tecken.");
			}
			checkServices(errors, task);
			checkUnits(errors, task, units);
			checkText(errors, task, Vars.TITLE, "Rubrik", MAX_TITLE, true);
			checkText(errors, task, Vars.PUBLIC_TEXT, "Text att publicera", MAX_TEXT, true);
			Instant start = readTime(errors, task, Vars.STARTS_AT, "Start");
			Instant end = readTime(errors, task, Vars.EXPECTED_END, "Beräknat slut (prognos)");
			Instant next = readTime(errors, task, Vars.NEXT_UPDATE_AT, "Nästa uppdatering");
			errors.require(start != null || !errors.isEmpty(), "Start måste anges.");
			if (start != null && end != null) {
				errors.require(end.isAfter(start), "Beräknat slut måste vara efter start.");
			}
			if (bool(task.getVariable(Vars.PLANNED))) {
				errors.require(end != null, "Ett planerat driftstopp måste ha ett beräknat slut.");
			}
			if (next != null) {
				errors.require(next.isAfter(Times.now()), "Nästa uppdatering måste ligga i framtiden.");
			}
			else {
				errors.require(false, "Nästa uppdatering måste anges.");
			}
			errors.throwIfAny();
		};
	}

	@Bean
	TaskListener plannedChangeValidator() {
		return (task) -> {
			FormErrors errors = new FormErrors();
			String change = text(task.getVariable(Vars.PLANNED_CHANGE));
			if (PlannedChanges.RESCHEDULE.equals(change)) {
				Instant start = readTime(errors, task, Vars.STARTS_AT, "Ny start");
				Instant end = readTime(errors, task, Vars.EXPECTED_END, "Nytt slut");
				errors.require(start != null && end != null || !errors.isEmpty(), "Ny start och nytt slut måste anges.");
				if (start != null && end != null) {
					errors.require(end.isAfter(start), "Nytt slut måste vara efter ny start.");
					errors.require(start.isAfter(Times.now()), "Ny start måste ligga i framtiden.");
				}
			}
			else if (PlannedChanges.CANCEL.equals(change)) {
				checkText(errors, task, Vars.CHANGE_REASON, "Skäl", MAX_TEXT, true);
			}
			else {
				errors.add("Välj om driftstoppet får ny tid eller ställs in.");
			}
			errors.throwIfAny();
		};
	}

	@Bean
	TaskListener statusUpdateValidator(OutageJournal journal) {
		return (task) -> {
			FormErrors errors = new FormErrors();
			boolean restored = bool(task.getVariable(Vars.SERVICE_RESTORED));
			checkText(errors, task, Vars.STATUS_TEXT, "Lägesbeskrivning", MAX_TEXT, !restored);
			if (restored) {
				checkRestoredAt(errors, task, journal);
			}
			Instant end = readTime(errors, task, Vars.EXPECTED_END, "Prognos");
			Instant next = readTime(errors, task, Vars.NEXT_UPDATE_AT, "Nästa uppdatering");
			// An unticked box may be left out by a client; the gateway after the task needs the answer.
			task.setVariable(Vars.SERVICE_RESTORED, restored);
			if (!restored) {
				errors.require(next != null || !errors.isEmpty(), "Nästa uppdatering måste anges.");
				if (next != null) {
					errors.require(next.isAfter(Times.now()), "Nästa uppdatering måste ligga i framtiden.");
				}
				if (end != null) {
					errors.require(end.isAfter(Times.now()), "Prognosen måste ligga i framtiden.");
				}
			}
			errors.throwIfAny();
		};
	}

	/**
	 * Management's answer to Inera's "resolved": confirmed with the time the
	 * service came back (empty means now), or not confirmed with a comment.
	 * A confirmed recovery publishes the text given, or else Inera's own.
	 */
	@Bean
	TaskListener recoveryConfirmationValidator(OutageJournal journal) {
		return (task) -> {
			FormErrors errors = new FormErrors();
			boolean confirmed = bool(task.getVariable(Vars.RECOVERY_CONFIRMED));
			task.setVariable(Vars.RECOVERY_CONFIRMED, confirmed);
			checkText(errors, task, Vars.RESTORED_TEXT, "Text att publicera", MAX_TEXT, false);
			checkText(errors, task, Vars.RECOVERY_COMMENT, "Kommentar", MAX_TEXT, !confirmed);
			if (confirmed) {
				checkRestoredAt(errors, task, journal);
			}
			errors.throwIfAny();
			if (confirmed) {
				String own = text(task.getVariable(Vars.RESTORED_TEXT));
				task.setVariable(Vars.STATUS_TEXT, ProcessValues.longText(
						(own != null) ? own : text(task.getVariable(Vars.INERA_RESOLVED_TEXT))));
			}
		};
	}

	/** "Åter i drift sedan": not ahead of now, not before the outage began. */
	private static void checkRestoredAt(FormErrors errors, VariableScope scope, OutageJournal journal) {
		Instant restoredAt = readTime(errors, scope, Vars.RESTORED_AT, "Åter i drift sedan");
		if (restoredAt == null) {
			return;
		}
		Outage outage = journal.require(((Number) scope.getVariable(Vars.OUTAGE_ID)).longValue());
		Instant began = (outage.startsAt() != null) ? outage.startsAt() : outage.createdAt();
		errors.require(!restoredAt.isAfter(Times.now()), "Åter i drift sedan kan inte ligga i framtiden.");
		errors.require(!restoredAt.isBefore(began), "Åter i drift sedan kan inte ligga före driftstörningens start ("
				+ OutageWording.time(began) + ").");
	}

	@Bean
	TaskListener reviewValidator() {
		return (task) -> {
			FormErrors errors = new FormErrors();
			Long reviewed = readCount(errors, task, Vars.CASES_REVIEWED, "Antal genomgångna ärenden", true);
			Long closed = readCount(errors, task, Vars.CASES_CLOSED_WITHOUT_REPLY, "Avslutade utan svar", true);
			readCount(errors, task, Vars.PATIENTS_PHONED, "Uppringda patienter", true);
			if (reviewed != null && closed != null) {
				errors.require(closed <= reviewed, "Fler ärenden avslutade utan svar än genomgångna.");
			}
			checkText(errors, task, Vars.REVIEW_COMMENT, "Kommentar", MAX_TEXT, false);
			errors.throwIfAny();
		};
	}

	@Bean
	TaskListener closeReviewsValidator() {
		return (task) -> {
			FormErrors errors = new FormErrors();
			checkText(errors, task, Vars.CLOSE_REASON, "Skäl", MAX_TEXT, true);
			errors.throwIfAny();
		};
	}

	@Bean
	TaskListener closingValidator() {
		return (task) -> {
			FormErrors errors = new FormErrors();
			checkText(errors, task, Vars.SUMMARY, "Sammanfattning", MAX_TEXT, true);
			if (bool(task.getVariable(Vars.DEFICIENCY_FOUND))) {
				checkText(errors, task, Vars.DEFICIENCY_DESCRIPTION, "Beskrivning av bristen", MAX_TEXT, true);
			}
			errors.throwIfAny();
		};
	}

	/**
	 * Units confirm their routine tasks; the confirmation goes into the journal
	 * in the same transaction as the completion.
	 */
	@Bean
	TaskListener unitRoutineConfirmation(OutageJournal journal, Actors actors) {
		return (task) -> {
			FormErrors errors = new FormErrors();
			errors.require(bool(task.getVariable(Vars.CONFIRMED)),
					"Bekräfta att enheten har gått igenom checklistan.");
			checkText(errors, task, Vars.UNIT_COMMENT, "Kommentar", MAX_TEXT, false);
			errors.throwIfAny();
			String comment = text(task.getVariable(Vars.UNIT_COMMENT));
			journal.note(((Number) task.getVariable(Vars.OUTAGE_ID)).longValue(), EntryType.UNIT_ROUTINE_TASKS,
					Visibility.INTERNAL, actors.currentUser(task), (String) task.getVariable(Vars.UNIT_ID),
					task.getName() + ": klart" + ((comment != null) ? ". " + comment : ""), null);
		};
	}

	private static void checkServices(FormErrors errors, VariableScope scope) {
		List<String> services = strings(scope.getVariable(Vars.SERVICES));
		errors.require(!services.isEmpty(), "Välj minst en berörd tjänst.");
		errors.require(!InputRules.hasDuplicates(services), "Berörda tjänster " + InputRules.DUPLICATE_MESSAGE + ".");
		services.stream()
			.filter((id) -> EService.byId(id).isEmpty())
			.forEach((id) -> errors.add("Okänd tjänst: '" + id + "'."));
	}

	private static void checkUnits(FormErrors errors, VariableScope scope, UnitRegistry units) {
		List<String> affected = strings(scope.getVariable(Vars.AFFECTED_UNITS));
		errors.require(!InputRules.hasDuplicates(affected), "Berörda enheter " + InputRules.DUPLICATE_MESSAGE + ".");
		affected.stream()
			.filter((id) -> units.find(id).isEmpty())
			.forEach((id) -> errors.add("Okänd enhet: '" + id + "'."));
	}

	/** A text field; one of at most {@link #MAX_TITLE} characters is a single line (a title). */
	private static void checkText(FormErrors errors, VariableScope scope, String name, String label, int max,
			boolean required) {
		String value = text(scope.getVariable(name));
		if (value == null) {
			errors.require(!required, label + " måste fyllas i.");
		}
		else {
			errors.require(value.length() <= max, label + " får vara högst " + max + " tecken.");
			String problem = InputRules.problem(value, max > MAX_TITLE);
			errors.require(problem == null, label + " " + problem + ".");
		}
	}

	private static Instant readTime(FormErrors errors, VariableScope scope, String name, String label) {
		Instant time = read(errors, scope, name, label, (value) -> instant(value), "är inte en giltig tidpunkt");
		if (!InputRules.withinWindow(time, Times.now())) {
			errors.add(label + " " + InputRules.TIME_WINDOW_MESSAGE + ".");
			return null;
		}
		return time;
	}

	private static Long readCount(FormErrors errors, VariableScope scope, String name, String label,
			boolean required) {
		Long value = read(errors, scope, name, label, (v) -> number(v), "är inte ett heltal");
		if (value == null) {
			errors.require(!required, label + " måste fyllas i.");
		}
		else {
			errors.require(value >= 0, label + " kan inte vara negativt.");
		}
		return value;
	}

	private static <T> T read(FormErrors errors, VariableScope scope, String name, String label,
			Function<Object, T> parser, String problem) {
		try {
			return parser.apply(scope.getVariable(name));
		}
		catch (IllegalArgumentException ex) {
			errors.add(label + " " + problem + ".");
			return null;
		}
	}

}
