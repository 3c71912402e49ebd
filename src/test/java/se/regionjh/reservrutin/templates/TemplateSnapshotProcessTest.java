package se.regionjh.reservrutin.templates;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import se.regionjh.reservrutin.support.AssertsProcessCoverage;
import se.regionjh.reservrutin.support.IntegrationTest;
import se.regionjh.reservrutin.support.ProcessTestSupport;
import se.regionjh.reservrutin.system.ProcessStartSchedule;
import se.regionjh.reservrutin.system.StartTimers;
import se.regionjh.reservrutin.templates.TemplateSnapshotProcess.Vars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.regionjh.reservrutin.support.Timers.startTimers;
import static se.regionjh.reservrutin.support.Timers.swedish;

@IntegrationTest
@AssertsProcessCoverage(TemplateSnapshotProcess.KEY)
class TemplateSnapshotProcessTest extends ProcessTestSupport {

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	StartTimers startTimers;

	@Autowired
	@Qualifier(TemplateSnapshotProcess.SCHEDULE_BEAN)
	ProcessStartSchedule schedule;

	@Autowired
	TemplateArchive archive;

	@Test
	void startTimerFiresOnTheFirstWorkingDayOfFebruaryAndThenOfAugust() {
		setClock(swedish("2027-01-15T10:00").toInstant());
		assertThat(this.startTimers.reconcile(this.schedule)).isEqualTo(swedish("2027-02-01T08:00"));

		ProcessInstance instance = fireStartTimer(swedish("2027-02-01T08:00"));

		assertThat(instance).isWaitingAt(TemplateSnapshotProcess.Elements.SAVE_COPIES);
		assertThat(task(instance)).hasCandidateGroup("forvaltning");
		// 1 August 2027 is a Sunday: the next start is Monday 2 August, in summer time.
		List<Job> timers = startTimers(this.managementService, TemplateSnapshotProcess.KEY);
		assertThat(timers).singleElement()
			.extracting(Job::getDuedate)
			.isEqualTo(swedish("2027-08-02T08:00"));
	}

	@Test
	void nextStartSkipsWeekends() {
		// 1 February 2031 is a Saturday.
		setClock(swedish("2030-12-01T09:00").toInstant());
		assertThat(this.schedule.nextStartDate()).isEqualTo(swedish("2031-02-03T08:00"));
	}

	@Test
	void aStartMissedWhileTheApplicationWasDownIsLeftToFire() {
		setClock(swedish("2027-01-15T10:00").toInstant());
		Date due = this.startTimers.reconcile(this.schedule);
		setClock(swedish("2027-02-03T12:00").toInstant());

		assertThat(this.startTimers.reconcile(this.schedule)).isEqualTo(due);
		assertThat(startTimers(this.managementService, TemplateSnapshotProcess.KEY)).hasSize(1);
	}

	@Test
	void taskShowsThePreviousSnapshotAndTheTemplatesChangedSince() {
		// Later than any other test's snapshot in the shared database.
		setClock(swedish("2035-01-10T10:00").toInstant());
		Template kept = this.archive.add(new TemplateDraft("Kallelse till provtagning", "Kallelser", "Välkommen!", null),
				"forvaltare");
		this.archive.freeze("forvaltare", null, null);
		setClock(swedish("2035-01-20T10:00").toInstant());
		this.archive.update(kept.id(), new TemplateDraft("Kallelse till provtagning", "Kallelser", "Välkommen åter!", null),
				"forvaltare");
		this.archive.add(new TemplateDraft("Provsvar utan anmärkning", "Provsvar", "Dina prover är bra.", null),
				"forvaltare");

		ProcessInstance instance = this.runtimeService.startProcessInstanceByKey(TemplateSnapshotProcess.KEY);

		Task task = this.taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		Map<String, Object> shown = this.taskService.getVariablesLocal(task.getId());
		assertThat(shown).containsEntry(Vars.PREVIOUS_SNAPSHOT_AT, "10 januari 2035 kl. 10:00")
			.containsEntry(Vars.TEMPLATES_CHANGED, 2L)
			.containsEntry(Vars.TEMPLATE_COUNT, (long) this.archive.current().size());
	}

	@Test
	void completingTheTaskFreezesADatedSnapshotOfTheCurrentVersions() {
		setClock(swedish("2027-02-01T09:00").toInstant());
		this.archive.add(new TemplateDraft("Svar på fråga om recept", "Recept", "Ditt recept är förnyat.", null),
				"forvaltare");
		ProcessInstance instance = this.runtimeService.startProcessInstanceByKey(TemplateSnapshotProcess.KEY);
		setClock(swedish("2027-02-01T10:30").toInstant());

		se.regionjh.reservrutin.support.Users.authenticate(this.engine.getIdentityService(), "forvaltare");
		try {
			this.taskService.complete(task(instance).getId(), Map.of(Vars.SNAPSHOT_NOTE, "Utskrift i pärmen"));
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}
		assertThat(instance).isWaitingAt(TemplateSnapshotProcess.Elements.FREEZE);
		runJobs(instance);

		assertThat(instance).isEnded().hasPassed(TemplateSnapshotProcess.Elements.SNAPSHOT_SAVED);
		long snapshotId = (Long) this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(Vars.SNAPSHOT_ID)
			.singleResult()
			.getValue();
		TemplateSnapshot snapshot = this.archive.snapshot(snapshotId).orElseThrow();
		assertThat(snapshot.takenAt()).isEqualTo(swedish("2027-02-01T10:30").toInstant());
		assertThat(snapshot.takenBy()).isEqualTo("forvaltare");
		assertThat(snapshot.note()).isEqualTo("Utskrift i pärmen");
		assertThat(this.archive.contents(snapshotId)).extracting(Template::versionId)
			.containsExactlyInAnyOrderElementsOf(this.archive.current().stream().map(Template::versionId).toList());
	}

	@Test
	void anEmptyArchiveCannotBeSaved() {
		TemplateSnapshotTask listener = new TemplateSnapshotTask(emptyArchive());

		assertThatThrownBy(() -> listener.validate(null)).isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Arkivet har inga mallar");
	}

	private TemplateArchive emptyArchive() {
		return new TemplateArchive(null, null) {
			@Override
			public List<Template> current() {
				return List.of();
			}
		};
	}

	private ProcessInstance fireStartTimer(Date at) {
		Set<String> before = instanceIds(TemplateSnapshotProcess.KEY);
		setClock(at.toInstant());
		Job timer = startTimers(this.managementService, TemplateSnapshotProcess.KEY).get(0);
		assertThat(timer.getDuedate()).isEqualTo(at);
		this.managementService.executeJob(timer.getId());
		Set<String> started = instanceIds(TemplateSnapshotProcess.KEY);
		started.removeAll(before);
		assertThat(started).hasSize(1);
		return this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(started.iterator().next())
			.singleResult();
	}

}
