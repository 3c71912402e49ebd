package se.regionjh.reservrutin.routines;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.routines.RoutineReviewProcess.Vars;
import se.regionjh.reservrutin.system.FormErrors;
import se.regionjh.reservrutin.system.ProcessValues;
import se.regionjh.reservrutin.units.UnitRegistry;

/**
 * Listeners of the task "Gå igenom reservrutinerna": on create it shows the
 * unit and its recorded local routine; on complete it checks the answers.
 */
@Component("routineReviewTask")
public class RoutineReviewTask {

	private final UnitRegistry units;

	private final LocalRoutines localRoutines;

	private final RoutineMessages messages;

	RoutineReviewTask(UnitRegistry units, LocalRoutines localRoutines, RoutineMessages messages) {
		this.units = units;
		this.localRoutines = localRoutines;
		this.messages = messages;
	}

	public void prepare(DelegateTask task) {
		String unitId = (String) task.getVariable(Vars.UNIT_ID);
		task.setVariableLocal(Vars.UNIT_NAME, this.units.require(unitId).name());
		String lastReviewed = this.localRoutines.lastReviewed(unitId)
			.map((at) -> " Senaste genomgång: " + this.messages.date(at) + ".")
			.orElse(" Ingen tidigare genomgång registrerad.");
		task.setVariableLocal(Vars.CURRENT_LOCAL_ROUTINE, this.localRoutines.current(unitId)
			.map((local) -> "Version " + local.versionLabel()
					+ ((local.link() != null) ? ", " + local.link() : ", text i applikationen") + ".")
			.orElse("Ingen lokal reservrutin registrerad.") + lastReviewed);
	}

	public void validate(DelegateTask task) {
		UnitReview.Answers answers = answers(task);
		new FormErrors()
			.require(!answers.hasLocalRoutine() || answers.localRoutineVersion() != null,
					"Ange vilken version av den lokala reservrutinen enheten använder.")
			.require(answers.localRoutineLink() == null || LocalRoutines.isWebLink(answers.localRoutineLink()),
					"Länken till den lokala rutinen måste börja med https:// eller http://.")
			.require(answers.localRoutineVersion() == null || answers.localRoutineVersion().length() <= 50,
					"Den lokala rutinens version får vara högst 50 tecken.")
			.require(!answers.deficiencyFound() || answers.deficiencyDescription() != null,
					"Beskriv bristen i den centrala reservrutinen.")
			.throwIfAny();
	}

	static UnitReview.Answers answers(VariableScope scope) {
		boolean hasLocal = ProcessValues.bool(scope.getVariable(Vars.HAS_LOCAL_ROUTINE));
		boolean deficiency = ProcessValues.bool(scope.getVariable(Vars.DEFICIENCY_FOUND));
		return new UnitReview.Answers(ProcessValues.bool(scope.getVariable(Vars.STAFF_INFORMED)),
				ProcessValues.bool(scope.getVariable(Vars.USES_CURRENT_VERSION)), hasLocal,
				hasLocal ? ProcessValues.text(scope.getVariable(Vars.LOCAL_ROUTINE_VERSION)) : null,
				hasLocal ? ProcessValues.text(scope.getVariable(Vars.LOCAL_ROUTINE_LINK)) : null, deficiency,
				deficiency ? ProcessValues.text(scope.getVariable(Vars.DEFICIENCY_DESCRIPTION)) : null);
	}

}
