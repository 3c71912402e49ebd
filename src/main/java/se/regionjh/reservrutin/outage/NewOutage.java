package se.regionjh.reservrutin.outage;

import java.time.Instant;
import java.util.List;

/**
 * What is known of an outage when it is first registered.
 */
public record NewOutage(String ineraReference, String title, List<String> services, List<String> units,
		boolean planned, boolean loginAffected, Instant startsAt, Instant expectedEnd, String text,
		String processInstanceId) {

	public NewOutage {
		services = List.copyOf(services);
		units = List.copyOf(units);
	}

}
