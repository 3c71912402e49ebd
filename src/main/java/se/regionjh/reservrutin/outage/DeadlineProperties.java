package se.regionjh.reservrutin.outage;

import java.time.Duration;
import java.time.LocalTime;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The routine's deadlines (application.yaml, reservrutin.deadlines).
 * Assessment and triage are "snarast möjligt" (R14): minutes, with a reminder
 * when due and an escalation {@code updateEscalationAfter} later.
 */
@Validated
@ConfigurationProperties("reservrutin.deadlines")
public record DeadlineProperties(@Min(1) int unitReviewWorkingDays, @NotNull LocalTime dueTimeOfDay,
		@NotNull Duration updateEscalationAfter, @NotNull Duration loginOutageThreshold,
		@NotNull LocalTime plannedReminderTimeOfDay, @NotNull Duration firstUpdateAfter,
		@NotNull Duration recoveryConfirmationWithin, @NotNull Duration assessmentWithin,
		@NotNull Duration plannedAssessmentWithin, @NotNull Duration triageWithin) {

}
