package se.regionjh.reservrutin.templates;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.system.ProcessValues;
import se.regionjh.reservrutin.templates.TemplateSnapshotProcess.Vars;

/** Freezes the dated snapshot that management just confirmed. */
@Component("freezeTemplateSnapshot")
class FreezeTemplateSnapshot implements JavaDelegate {

	private final TemplateArchive archive;

	FreezeTemplateSnapshot(TemplateArchive archive) {
		this.archive = archive;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TemplateSnapshot snapshot = this.archive.freeze(ProcessValues.text(execution.getVariable(Vars.SAVED_BY)),
				ProcessValues.text(execution.getVariable(Vars.SNAPSHOT_NOTE)), execution.getProcessInstanceId());
		execution.setVariable(Vars.SNAPSHOT_ID, snapshot.id());
	}

}
