package se.regionjh.reservrutin.outage;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import se.regionjh.reservrutin.calendar.WorkingDays;

/**
 * Date-times in the form Camunda Forms' datetime field reads: Swedish local
 * time with its offset, to the minute.
 */
public final class FormTimes {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmXXX");

	private FormTimes() {
	}

	public static String format(Instant instant) {
		return (instant != null) ? FORMAT.format(instant.atZone(WorkingDays.SWEDEN)) : null;
	}

}
