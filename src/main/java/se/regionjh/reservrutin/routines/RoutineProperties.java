package se.regionjh.reservrutin.routines;

import java.time.LocalTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import se.regionjh.reservrutin.calendar.WorkingDaySchedule;

/**
 * The yearly review of the routines (R5, R6, R8).
 *
 * @param reviewCycle when every unit manager gets the review task
 * @param reviewWorkingDays working days from the start to the due date
 * @param reviewReminderWorkingDaysBefore working days before the due date the manager is reminded
 * @param reviewDueTimeOfDay Swedish local time of day of the due date and the reminder
 */
@Validated
@ConfigurationProperties("reservrutin.routines")
public record RoutineProperties(@Valid @NotNull WorkingDaySchedule reviewCycle, @Min(1) int reviewWorkingDays,
		@Min(0) int reviewReminderWorkingDaysBefore, @NotNull LocalTime reviewDueTimeOfDay) {
}
