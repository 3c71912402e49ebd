package se.regionjh.reservrutin.outage;

import java.time.Instant;
import java.util.List;

/**
 * One outage ("driftstörning") as the journal holds it.
 */
public record Outage(long id, String reference, String ineraReference, String title, List<String> services,
		List<String> units, boolean planned, boolean loginAffected, OutageState state, Instant startsAt,
		Instant expectedEnd, Instant nextUpdateAt, Instant resolvedAt, Instant closedAt, String publicText,
		String summary, String processInstanceId, Instant createdAt, Instant updatedAt) {

	public Outage {
		services = List.copyOf(services);
		units = List.copyOf(units);
	}

	public boolean isOpen() {
		return this.state != OutageState.CLOSED && this.state != OutageState.CANCELLED;
	}

}
