package se.regionjh.reservrutin.system;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import se.regionjh.reservrutin.calendar.WorkingDaySchedule;
import se.regionjh.reservrutin.calendar.WorkingDays;

/**
 * The configured schedule of a process with a recurring timer start event.
 * The BPMN names the bean in its time cycle, {@code ${templateSnapshotSchedule.cycle()}}:
 * the engine evaluates it at deployment and, with {@code reevaluateTimeCycleWhenDue},
 * again each time the timer fires, so every start computes the next one.
 * {@link StartTimers} puts the timer right when the configuration changed.
 */
public class ProcessStartSchedule {

	/**
	 * Cron for one day of the year. The engine's cron has no year field, but the
	 * next start lies within a year, so its next occurrence is that start.
	 */
	private static final DateTimeFormatter DAY_OF_YEAR_CRON = DateTimeFormatter.ofPattern("s m H d M '?'");

	private final String processKey;

	private final WorkingDaySchedule schedule;

	private final WorkingDays workingDays;

	public ProcessStartSchedule(String processKey, WorkingDaySchedule schedule, WorkingDays workingDays) {
		this.processKey = processKey;
		this.schedule = schedule;
		this.workingDays = workingDays;
	}

	public String processKey() {
		return this.processKey;
	}

	public WorkingDaySchedule schedule() {
		return this.schedule;
	}

	/** The next start after the engine's current time. */
	public ZonedDateTime nextStart() {
		return this.schedule.nextAfter(ClockUtil.getCurrentTime().toInstant(), this.workingDays);
	}

	public Date nextStartDate() {
		return Date.from(nextStart().toInstant());
	}

	/**
	 * The timer's time cycle: a cron whose next occurrence is the next start.
	 * The engine reads cron in the JVM's default zone, so the Swedish time is
	 * converted to it. Re-evaluated each time the timer fires.
	 */
	public String cycle() {
		return nextStart().withZoneSameInstant(ZoneId.systemDefault()).format(DAY_OF_YEAR_CRON);
	}

}
