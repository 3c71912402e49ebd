package se.regionjh.reservrutin.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

	private final WorkingDays days = new WorkingDays();

	@Test
	void weekendsPublicHolidaysAndTheEvesAreNotWorkingDays() {
		assertThat(this.days.isWorkingDay(LocalDate.of(2026, 11, 26))).isTrue();
		assertThat(this.days.isWorkingDay(LocalDate.of(2026, 11, 28))).as("Saturday").isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.of(2026, 4, 3))).as("Långfredagen 2026").isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.of(2026, 4, 6))).as("Annandag påsk 2026").isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.of(2026, 5, 14))).as("Kristi himmelsfärd 2026").isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.of(2026, 6, 19))).as("Midsommarafton 2026").isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.of(2026, 12, 24))).as("Julafton").isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.of(2026, 12, 31))).as("Nyårsafton").isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.of(2027, 1, 6))).as("Trettondedag jul").isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.of(2026, 6, 6))).as("Nationaldagen, a Saturday").isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.of(2025, 6, 6))).as("Nationaldagen 2025, a Friday").isFalse();
	}

	@Test
	void addsWorkingDaysAcrossWeekendsAndChristmas() {
		assertThat(this.days.plusWorkingDays(LocalDate.of(2026, 11, 26), 3)).isEqualTo(LocalDate.of(2026, 12, 1));
		// 23 Dec 2026 is a Wednesday: 24, 25, 26, 27 are off; 28 and 29 work.
		assertThat(this.days.plusWorkingDays(LocalDate.of(2026, 12, 23), 2)).isEqualTo(LocalDate.of(2026, 12, 29));
		assertThat(this.days.plusWorkingDays(LocalDate.of(2026, 11, 26), 0)).isEqualTo(LocalDate.of(2026, 11, 26));
		assertThatThrownBy(() -> this.days.plusWorkingDays(LocalDate.of(2026, 11, 26), -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void previousWorkingDaySkipsBackOverWeekendsAndHolidays() {
		assertThat(this.days.previousWorkingDay(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(this.days.previousWorkingDay(LocalDate.of(2026, 4, 7))).isEqualTo(LocalDate.of(2026, 4, 2));
	}

}
