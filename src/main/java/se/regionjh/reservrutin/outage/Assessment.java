package se.regionjh.reservrutin.outage;

import java.time.Instant;
import java.util.List;

/**
 * Management's decisions about an outage (the assessment form).
 */
public record Assessment(String title, List<String> services, List<String> units, boolean planned,
		boolean loginAffected, Instant startsAt, Instant expectedEnd, Instant nextUpdateAt, String text,
		String ineraReference) {

	public Assessment {
		services = List.copyOf(services);
		units = List.copyOf(units);
	}

}
