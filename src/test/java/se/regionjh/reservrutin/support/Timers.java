package se.regionjh.reservrutin.support;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

import se.regionjh.reservrutin.calendar.WorkingDays;

/**
 * Start timers and Swedish local times in process tests.
 */
public final class Timers {

	private Timers() {
	}

	/** A Swedish local time, e.g. {@code "2027-02-01T08:00"}. */
	public static Date swedish(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(WorkingDays.SWEDEN).toInstant());
	}

	/** The start timer jobs of a process (jobs without a process instance). */
	public static List<Job> startTimers(ManagementService management, String processKey) {
		return management.createJobQuery()
			.processDefinitionKey(processKey)
			.timers()
			.list()
			.stream()
			.filter((job) -> job.getProcessInstanceId() == null)
			.toList();
	}

}
