package se.regionjh.reservrutin.outage;

import java.time.Duration;
import java.time.LocalTime;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The routine's deadlines (application.yaml, reservrutin.deadlines).
 */
@Validated
@ConfigurationProperties("reservrutin.deadlines")
public record DeadlineProperties(@Min(1) int unitReviewWorkingDays, @NotNull LocalTime dueTimeOfDay,
		@NotNull Duration updateEscalationAfter, @NotNull Duration loginOutageThreshold,
		@NotNull LocalTime plannedReminderTimeOfDay, @NotNull Duration firstUpdateAfter,
		@NotNull Duration recoveryConfirmationWithin) {

}
