package se.regionjh.reservrutin.templates;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.system.FormErrors;
import se.regionjh.reservrutin.templates.TemplateSnapshotProcess.Vars;
import se.regionjh.reservrutin.system.SwedishTime;

/**
 * Listeners of the task "Spara kopior av mallar för invånarärenden": on create
 * it shows the previous snapshot's date and how many templates changed since;
 * on complete it refuses an empty archive.
 */
@Component("templateSnapshotTask")
public class TemplateSnapshotTask {

	private final TemplateArchive archive;

	TemplateSnapshotTask(TemplateArchive archive) {
		this.archive = archive;
	}

	public void prepare(DelegateTask task) {
		Instant previous = this.archive.latestSnapshot().map(TemplateSnapshot::takenAt).orElse(null);
		task.setVariableLocal(Vars.PREVIOUS_SNAPSHOT_AT,
				(previous != null) ? SwedishTime.WRITTEN.format(previous) : "Ingen tidigare kopia");
		task.setVariableLocal(Vars.TEMPLATES_CHANGED, (long) this.archive.changedSince(previous));
		task.setVariableLocal(Vars.TEMPLATE_COUNT, (long) this.archive.current().size());
	}

	public void validate(DelegateTask task) {
		new FormErrors().require(!this.archive.current().isEmpty(),
				"Arkivet har inga mallar. Lägg in mallarna under Mallar innan kopian sparas.")
			.throwIfAny();
	}

}
