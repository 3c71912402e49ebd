package se.regionjh.reservrutin.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * A recurring start on the first working day of some months, at a Swedish
 * local time: "första vardagen i februari och augusti kl. 08:00". Cron cannot
 * say "first working day" with Swedish holidays, so the next start is computed
 * here and handed to the engine as a cron for that day (see {@code ProcessStartSchedule}).
 *
 * @param months the months with a start (every year)
 * @param timeOfDay Swedish local time of the start
 */
public record WorkingDaySchedule(@NotEmpty Set<Month> months, @NotNull LocalTime timeOfDay) {

	public WorkingDaySchedule {
		months = Set.copyOf(months);
	}

	/** The first start strictly after {@code after}. */
	public ZonedDateTime nextAfter(Instant after, WorkingDays workingDays) {
		YearMonth month = YearMonth.from(after.atZone(WorkingDays.SWEDEN));
		for (int i = 0; i <= 12; i++, month = month.plusMonths(1)) {
			if (!this.months.contains(month.getMonth())) {
				continue;
			}
			ZonedDateTime start = firstWorkingDay(month, workingDays).atTime(this.timeOfDay).atZone(WorkingDays.SWEDEN);
			if (start.toInstant().isAfter(after)) {
				return start;
			}
		}
		throw new IllegalStateException("No start within a year for " + this);
	}

	/** In Swedish, for pages and tasks. */
	public String describe() {
		List<String> names = new TreeSet<>(this.months).stream()
			.map((m) -> m.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("sv")))
			.toList();
		String joined = (names.size() == 1) ? names.get(0)
				: names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " och "
						+ names.get(names.size() - 1);
		return "första vardagen i " + joined + " kl. " + this.timeOfDay;
	}

	private static LocalDate firstWorkingDay(YearMonth month, WorkingDays workingDays) {
		LocalDate day = month.atDay(1);
		while (!workingDays.isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

}
