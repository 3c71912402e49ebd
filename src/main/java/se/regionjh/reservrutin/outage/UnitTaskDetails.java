package se.regionjh.reservrutin.outage;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.outage.OutageProcess.Vars;
import se.regionjh.reservrutin.units.Unit;
import se.regionjh.reservrutin.units.UnitRegistry;

/**
 * Gives a unit's task what its form shows: the unit's name and the checklist of
 * the central routine that fits the outage. The fields the unit fills in are
 * local to each task's scope through input mappings in the model, so units
 * completing at the same time never write the same process variable.
 */
@Component("unitTaskDetails")
class UnitTaskDetails implements TaskListener {

	private final OutageJournal journal;

	private final UnitRegistry units;

	private final String baseUrl;

	UnitTaskDetails(OutageJournal journal, UnitRegistry units,
			@Value("${reservrutin.links.base-url}") String baseUrl) {
		this.journal = journal;
		this.units = units;
		this.baseUrl = baseUrl;
	}

	@Override
	public void notify(DelegateTask task) {
		Outage outage = this.journal.require(((Number) task.getVariable(Vars.OUTAGE_ID)).longValue());
		Unit unit = this.units.require((String) task.getVariable(Vars.UNIT_ID));
		String checklist = switch (task.getTaskDefinitionKey()) {
			case OutageProcess.Elements.FOLLOW_LOCAL_ROUTINE -> LocalRoutineChecklists.duringOutage(outage, this.baseUrl);
			case OutageProcess.Elements.RAISE_PHONE_AVAILABILITY -> LocalRoutineChecklists.loginOutage(outage);
			default -> LocalRoutineChecklists.afterRecovery(outage);
		};
		task.setVariableLocal(Vars.UNIT_NAME, unit.name());
		task.setVariableLocal(Vars.CHECKLIST, checklist);
		task.setDescription(outage.reference() + " " + outage.title() + " – " + unit.name());
	}

}
