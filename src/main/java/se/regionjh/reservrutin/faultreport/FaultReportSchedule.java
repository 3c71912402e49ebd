package se.regionjh.reservrutin.faultreport;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.outage.DeadlineProperties;

/**
 * The fault report's times (R14: "snarast möjligt"): "Bedöm felanmälan" is due
 * {@code reservrutin.deadlines.triage-within} after it is created, reminds
 * management then, and escalates {@code update-escalation-after} later. The
 * model calls this bean as {@code faultReportSchedule}.
 */
@Component("faultReportSchedule")
public class FaultReportSchedule {

	private final DeadlineProperties deadlines;

	FaultReportSchedule(DeadlineProperties deadlines) {
		this.deadlines = deadlines;
	}

	public Date triageDueAt() {
		return Date.from(dueFrom(ClockUtil.getCurrentTime().toInstant()));
	}

	Instant dueFrom(Instant created) {
		return created.plus(this.deadlines.triageWithin());
	}

	/** The reminder timer (ISO-8601 duration). */
	public String triageWithin() {
		return this.deadlines.triageWithin().toString();
	}

	/** The louder second reminder (ISO-8601 duration). */
	public String triageEscalationAfter() {
		return this.deadlines.triageWithin().plus(this.deadlines.updateEscalationAfter()).toString();
	}

}
