package se.regionjh.reservrutin.routines;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.routines.RoutineDeficiencyProcess.Vars;
import se.regionjh.reservrutin.system.FormErrors;
import se.regionjh.reservrutin.system.ProcessValues;
import se.regionjh.reservrutin.units.UnitRegistry;

/**
 * Listeners of the user tasks of RoutineDeficiencyProcess: what management
 * sees when assessing, the checks on the decision, and the unit name on each
 * unit manager's acknowledgement.
 */
@Component("deficiencyTasks")
public class DeficiencyTasks {

	private static final Set<String> DECISIONS = Set.of(RoutineDeficiencyProcess.Decisions.REJECT,
			RoutineDeficiencyProcess.Decisions.REVISE);

	private final CentralRoutine centralRoutine;

	private final UnitRegistry units;

	DeficiencyTasks(CentralRoutine centralRoutine, UnitRegistry units) {
		this.centralRoutine = centralRoutine;
		this.units = units;
	}

	public void prepareAssessment(DelegateTask task) {
		RoutineVersion current = this.centralRoutine.current();
		String source = ProcessValues.text(task.getVariable(Vars.SOURCE));
		task.setVariableLocal(Vars.SOURCE_LABEL,
				DeficiencySource.valueOf((source != null) ? source : DeficiencySource.TASKLIST.name()).label());
		task.setVariableLocal(Vars.CURRENT_VERSION, (long) current.version());
		// Prefilled with the routine in force; management edits it if they revise.
		// On the process, not the task: a submitted form writes there, and a
		// task-local value would hide the edit from the checks below.
		task.getExecution().setVariable(Vars.REVISED_ROUTINE, current.body());
	}

	public void validateAssessment(DelegateTask task) {
		String decision = ProcessValues.text(task.getVariable(Vars.DECISION));
		FormErrors errors = new FormErrors().require(decision != null && DECISIONS.contains(decision),
				"Välj om bristen avvisas eller om den centrala reservrutinen revideras.");
		if (RoutineDeficiencyProcess.Decisions.REJECT.equals(decision)) {
			errors.require(ProcessValues.text(task.getVariable(Vars.REJECTION_REASON)) != null,
					"Motivera varför bristen avvisas; motiveringen skickas till den som anmälde.");
		}
		if (RoutineDeficiencyProcess.Decisions.REVISE.equals(decision)) {
			String revised = ProcessValues.text(task.getVariable(Vars.REVISED_ROUTINE));
			errors.require(revised != null && !revised.equals(this.centralRoutine.current().body().strip()),
					"Ändra rutinens text; den reviderade texten är densamma som gällande version.")
				.require(ProcessValues.text(task.getVariable(Vars.CHANGE_SUMMARY)) != null,
						"Beskriv vad som ändrats; det skickas till alla enhetschefer.");
		}
		errors.throwIfAny();
	}

	public void prepareAcknowledgement(DelegateTask task) {
		task.setVariableLocal(Vars.UNIT_NAME,
				this.units.require((String) task.getVariable(Vars.ACK_UNIT_ID)).name());
	}

}
