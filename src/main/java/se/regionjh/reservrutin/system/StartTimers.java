package se.regionjh.reservrutin.system;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps each scheduled process at exactly one start timer job, due at the
 * configured next start. Camunda evaluates a start timer's expression only
 * when the BPMN is deployed and when the timer fires; an unchanged BPMN is not
 * redeployed, so after a change of schedule the old due date would stand. At
 * start-up this compares and recalculates (the engine evaluates the timer's
 * expression again) instead of adding a second job. Idempotent, so several
 * nodes may run it.
 */
@Component
@Order(30)
public class StartTimers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StartTimers.class);

	private final List<ProcessStartSchedule> schedules;

	private final RepositoryService repositoryService;

	private final ManagementService managementService;

	StartTimers(List<ProcessStartSchedule> schedules, RepositoryService repositoryService,
			ManagementService managementService) {
		this.schedules = schedules;
		this.repositoryService = repositoryService;
		this.managementService = managementService;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.schedules.forEach(this::reconcile);
	}

	/** Makes the process's start timer match its schedule; returns the job's due date. */
	public Date reconcile(ProcessStartSchedule schedule) {
		ProcessDefinition definition = this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(schedule.processKey())
			.latestVersion()
			.singleResult();
		if (definition == null) {
			log.warn("Process {} is not deployed; no start timer to check", schedule.processKey());
			return null;
		}
		List<Job> timers = startTimers(definition);
		if (timers.isEmpty()) {
			log.warn("Process {} has no start timer job; redeploy the BPMN to create one", schedule.processKey());
			return null;
		}
		for (Job extra : timers.subList(1, timers.size())) {
			this.managementService.deleteJob(extra.getId());
			log.warn("Deleted a second start timer job {} of {}", extra.getId(), schedule.processKey());
		}
		Job timer = timers.get(0);
		Date now = ClockUtil.getCurrentTime();
		Date expected = schedule.nextStartDate();
		// A timer already due is a start that was missed while the application was down: let it fire.
		if (timer.getDuedate().after(now) && !timer.getDuedate().equals(expected)) {
			this.managementService.recalculateJobDuedate(timer.getId(), false);
			log.info("Start timer of {} moved from {} to {} ({})", schedule.processKey(), timer.getDuedate(),
					expected, schedule.schedule().describe());
		}
		return this.managementService.createJobQuery().jobId(timer.getId()).singleResult().getDuedate();
	}

	private List<Job> startTimers(ProcessDefinition definition) {
		return this.managementService.createJobQuery()
			.processDefinitionId(definition.getId())
			.timers()
			.list()
			.stream()
			.filter((job) -> job.getProcessInstanceId() == null)
			.toList();
	}

}
