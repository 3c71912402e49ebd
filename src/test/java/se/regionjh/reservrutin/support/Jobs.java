package se.regionjh.reservrutin.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs the engine's due jobs in tests, where the job executor is off.
 */
public final class Jobs {

	private Jobs() {
	}

	/**
	 * Executes every job of the process instance that is due now, repeatedly,
	 * until none is left (a job may create the next one). Failing jobs are left
	 * with their retries decremented; the caller asserts incidents if it cares.
	 */
	public static void executeDue(ManagementService management, String processInstanceId) {
		for (int round = 0; round < 200; round++) {
			List<Job> due = management.createJobQuery()
				.processInstanceId(processInstanceId)
				.executable()
				.listPage(0, 500);
			if (due.isEmpty()) {
				return;
			}
			for (Job job : due) {
				management.executeJob(job.getId());
			}
		}
		throw new IllegalStateException("Jobs of " + processInstanceId + " keep creating due jobs");
	}

}
