package se.regionjh.reservrutin.system;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.calendar.WorkingDays;

/**
 * Points in time as Swedish readers expect them: for pages
 * {@code ${@swedishTime.format(instant)}}, for texts {@link #WRITTEN}.
 */
@Component("swedishTime")
public class SwedishTime {

	/** "2026-12-03 18:00", Swedish time: tables and lists. */
	public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
		.withZone(WorkingDays.SWEDEN);

	/** "3 december 2026 kl. 18:00", Swedish time: mails, notices and documents. */
	public static final DateTimeFormatter WRITTEN = DateTimeFormatter
		.ofPattern("d MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("sv-SE"))
		.withZone(WorkingDays.SWEDEN);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(WorkingDays.SWEDEN);

	public String format(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant) : "–";
	}

	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant) : "–";
	}

}
