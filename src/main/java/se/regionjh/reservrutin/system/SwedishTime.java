package se.regionjh.reservrutin.system;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.calendar.WorkingDays;

/**
 * Points in time as Swedish readers expect them, for pages:
 * {@code ${@swedishTime.format(instant)}}.
 */
@Component("swedishTime")
public class SwedishTime {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
		.withZone(WorkingDays.SWEDEN);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(WorkingDays.SWEDEN);

	public String format(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant) : "–";
	}

	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant) : "–";
	}

}
