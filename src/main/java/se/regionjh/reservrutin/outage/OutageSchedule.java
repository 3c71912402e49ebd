package se.regionjh.reservrutin.outage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.calendar.WorkingDays;
import se.regionjh.reservrutin.system.Times;

/**
 * The outage process's times, computed from the journal so the model holds no
 * copies: timers and due dates call this bean as {@code outageSchedule}.
 */
@Component("outageSchedule")
public class OutageSchedule {

	private final OutageJournal journal;

	private final WorkingDays workingDays;

	private final DeadlineProperties deadlines;

	OutageSchedule(OutageJournal journal, WorkingDays workingDays, DeadlineProperties deadlines) {
		this.journal = journal;
		this.workingDays = workingDays;
		this.deadlines = deadlines;
	}

	/** A planned outage whose start is still ahead. */
	public boolean awaitingStart(Object outageId) {
		Outage outage = outage(outageId);
		return outage.planned() && outage.startsAt() != null && outage.startsAt().isAfter(Times.now());
	}

	public Date startsAt(Object outageId) {
		return Date.from(outage(outageId).startsAt());
	}

	/** The working day before the planned start, at the configured time. */
	public Date reminderAt(Object outageId) {
		return Date.from(reminderInstant(outage(outageId)));
	}

	public boolean remindBeforeStart(Object outageId) {
		return reminderInstant(outage(outageId)).isAfter(Times.now());
	}

	/** When the next status update is due; an hour from now if none was set. */
	public Date nextUpdateAt(Object outageId) {
		Instant next = outage(outageId).nextUpdateAt();
		return Date.from((next != null) ? next : Times.now().plusSeconds(3600));
	}

	public Date updateEscalationAt(Object outageId) {
		return Date.from(nextUpdateAt(outageId).toInstant().plus(this.deadlines.updateEscalationAfter()));
	}

	/** When management must have confirmed Inera's "resolved": a short deadline from now. */
	public Date recoveryConfirmationDueAt() {
		return Date.from(Times.now().plus(this.deadlines.recoveryConfirmationWithin()));
	}

	/** The reminder timer of that confirmation (ISO-8601 duration). */
	public String recoveryConfirmationWithin() {
		return this.deadlines.recoveryConfirmationWithin().toString();
	}

	/** The louder second reminder: the same escalation delay as status updates. */
	public String recoveryConfirmationEscalationAfter() {
		return this.deadlines.recoveryConfirmationWithin().plus(this.deadlines.updateEscalationAfter()).toString();
	}

	/**
	 * When "Bedöm driftstörning" is due, counted from the outage's arrival: an
	 * unplanned one within minutes (R14: as soon as possible); Inera's notice of
	 * a planned one within a few hours, or by its start if that is sooner.
	 */
	public Date assessmentDueAt(Object outageId) {
		return Date.from(assessmentDue(outage(outageId)));
	}

	/** The louder second reminder of an assessment still not made. */
	public Date assessmentEscalationAt(Object outageId) {
		return Date.from(assessmentDue(outage(outageId)).plus(this.deadlines.updateEscalationAfter()));
	}

	private Instant assessmentDue(Outage outage) {
		Instant soon = outage.createdAt().plus(this.deadlines.assessmentWithin());
		if (!outage.planned()) {
			return soon;
		}
		Instant due = outage.createdAt().plus(this.deadlines.plannedAssessmentWithin());
		if (outage.startsAt() != null && outage.startsAt().isBefore(due)) {
			due = outage.startsAt();
		}
		return due.isBefore(soon) ? soon : due;
	}

	public boolean loginAffected(Object outageId) {
		return outage(outageId).loginAffected();
	}

	/** When a login outage has lasted long enough for the R19 rule. */
	public Date loginThresholdAt(Object outageId) {
		Outage outage = outage(outageId);
		Instant start = (outage.startsAt() != null) ? outage.startsAt() : outage.createdAt();
		return Date.from(start.plus(this.deadlines.loginOutageThreshold()));
	}

	/** Units' review deadline: N working days after recovery, at the due time of day. */
	public Date reviewDueAt(Object outageId) {
		return Date.from(reviewDue(outage(outageId)));
	}

	/** The working day before the review deadline, at the due time of day. */
	public Date reviewReminderAt(Object outageId) {
		Instant due = reviewDue(outage(outageId));
		LocalDate day = this.workingDays.previousWorkingDay(due.atZone(WorkingDays.SWEDEN).toLocalDate());
		return Date.from(day.atTime(this.deadlines.dueTimeOfDay()).atZone(WorkingDays.SWEDEN).toInstant());
	}

	private Instant reviewDue(Outage outage) {
		Instant resolved = (outage.resolvedAt() != null) ? outage.resolvedAt() : Times.now();
		LocalDate day = this.workingDays.plusWorkingDays(resolved.atZone(WorkingDays.SWEDEN).toLocalDate(),
				this.deadlines.unitReviewWorkingDays());
		return day.atTime(this.deadlines.dueTimeOfDay()).atZone(WorkingDays.SWEDEN).toInstant();
	}

	private Instant reminderInstant(Outage outage) {
		LocalDate startDay = outage.startsAt().atZone(WorkingDays.SWEDEN).toLocalDate();
		return this.workingDays.previousWorkingDay(startDay)
			.atTime(this.deadlines.plannedReminderTimeOfDay())
			.atZone(WorkingDays.SWEDEN)
			.toInstant();
	}

	private Outage outage(Object outageId) {
		return this.journal.require(((Number) outageId).longValue());
	}

}
