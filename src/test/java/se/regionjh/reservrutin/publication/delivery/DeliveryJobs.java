package se.regionjh.reservrutin.publication.delivery;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs delivery jobs in tests (the job executor is off), the way the executor
 * would: a failing job is reported to the engine's failure handling and the
 * test goes on.
 */
public final class DeliveryJobs {

	private DeliveryJobs() {
	}

	/** Executes the due jobs of these deliveries once; returns the failures' messages. */
	public static List<String> runDue(ManagementService management, List<Delivery> deliveries) {
		List<String> failures = new ArrayList<>();
		for (Delivery delivery : deliveries) {
			if (delivery.processInstanceId() == null) {
				continue;
			}
			for (Job job : management.createJobQuery()
				.processInstanceId(delivery.processInstanceId())
				.executable()
				.list()) {
				try {
					management.executeJob(job.getId());
				}
				catch (RuntimeException ex) {
					failures.add(ex.getMessage());
				}
			}
		}
		return failures;
	}

	public static Job job(ManagementService management, Delivery delivery) {
		return management.createJobQuery().processInstanceId(delivery.processInstanceId()).singleResult();
	}

}
