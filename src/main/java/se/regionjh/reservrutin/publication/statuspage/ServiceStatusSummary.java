package se.regionjh.reservrutin.publication.statuspage;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The five services' current condition, for pages outside the status page
 * (the start page). Read from the status page's snapshot in memory, so it
 * costs no query and always says what /driftinformation says.
 */
@Component
public class ServiceStatusSummary {

	private final StatusSnapshots snapshots;

	ServiceStatusSummary(StatusSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	public Summary current() {
		StatusSnapshot snapshot = this.snapshots.current();
		return new Summary(snapshot.builtAt(), snapshot.failedSince(),
				snapshot.services()
					.stream()
					.map((service) -> new Service(service.name(), service.condition().label(),
							service.condition() == StatusSnapshot.Condition.NORMAL))
					.toList());
	}

	/**
	 * @param builtAt when the journal was last read; null before the first read
	 * @param failedSince when reading it began to fail; null while it works
	 */
	public record Summary(Instant builtAt, Instant failedSince, List<Service> services) {

	}

	/** A service by its Swedish name and the status page's wording of its condition. */
	public record Service(String name, String condition, boolean normal) {

	}

}
