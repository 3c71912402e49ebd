package se.regionjh.reservrutin.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.springframework.stereotype.Component;

/**
 * Swedish working days: no weekends, no public holidays ("röda dagar"), and
 * none of the eves that Swedish workplaces treat as holidays (midsommarafton,
 * julafton, nyårsafton).
 */
@Component
public class WorkingDays {

	/** People's time zone; storage is UTC. */
	public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));

	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
			return false;
		}
		return !this.holidays.isHoliday(date) && !isDeFactoHoliday(date);
	}

	/** The date {@code days} working days after {@code from} (which itself does not count). */
	public LocalDate plusWorkingDays(LocalDate from, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative: " + days);
		}
		LocalDate date = from;
		int left = days;
		while (left > 0) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				left--;
			}
		}
		return date;
	}

	/** The last working day strictly before {@code date}. */
	public LocalDate previousWorkingDay(LocalDate date) {
		LocalDate day = date.minusDays(1);
		while (!isWorkingDay(day)) {
			day = day.minusDays(1);
		}
		return day;
	}

	private static boolean isDeFactoHoliday(LocalDate date) {
		boolean midsummerEve = date.getMonth() == Month.JUNE && date.getDayOfWeek() == DayOfWeek.FRIDAY
				&& date.getDayOfMonth() >= 19 && date.getDayOfMonth() <= 25;
		boolean christmasEve = date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 24;
		boolean newYearsEve = date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 31;
		return midsummerEve || christmasEve || newYearsEve;
	}

}
