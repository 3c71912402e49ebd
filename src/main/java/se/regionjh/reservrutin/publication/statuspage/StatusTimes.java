package se.regionjh.reservrutin.publication.statuspage;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.calendar.WorkingDays;
import se.regionjh.reservrutin.outage.OutageWording;

/**
 * Times for the templates: Swedish text for people, ISO-8601 for
 * {@code <time datetime>}. Named so templates reach it as {@code @statusTimes}.
 */
@Component("statusTimes")
class StatusTimes {

	public String text(Instant instant) {
		return OutageWording.time(instant);
	}

	public String iso(Instant instant) {
		return (instant != null)
				? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(WorkingDays.SWEDEN).withNano(0)) : null;
	}

}
