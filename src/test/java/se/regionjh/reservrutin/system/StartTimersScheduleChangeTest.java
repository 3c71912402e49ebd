package se.regionjh.reservrutin.system;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.regionjh.reservrutin.ReservrutinApplication;
import se.regionjh.reservrutin.templates.TemplateSnapshotProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static se.regionjh.reservrutin.support.Timers.startTimers;
import static se.regionjh.reservrutin.support.Timers.swedish;

/**
 * A restart with a changed schedule, on the same database: the application
 * runs twice, as an administrator would after editing the configuration.
 */
class StartTimersScheduleChangeTest {

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aChangedScheduleMovesTheOneStartTimerInsteadOfAddingOne() {
		assumeFalse("postgres".equals(System.getProperty("reservrutin.test.database")),
				"the embedded PostgreSQL switch gives every context its own database");
		ClockUtil.setCurrentTime(swedish("2027-01-15T10:00"));

		try (ConfigurableApplicationContext first = start("FEBRUARY,AUGUST")) {
			assertThat(dueDates(first)).containsExactly(swedish("2027-02-01T08:00"));
		}
		try (ConfigurableApplicationContext second = start("MARCH,SEPTEMBER")) {
			assertThat(dueDates(second)).containsExactly(swedish("2027-03-01T08:00"));
		}
	}

	private static List<Date> dueDates(ConfigurableApplicationContext context) {
		return startTimers(context.getBean(ManagementService.class), TemplateSnapshotProcess.KEY).stream()
			.map(Job::getDuedate)
			.toList();
	}

	private static ConfigurableApplicationContext start(String months) {
		return new SpringApplicationBuilder(ReservrutinApplication.class)
			.profiles("demo", "test")
			.run("--spring.datasource.url=jdbc:h2:mem:schedule-change;DB_CLOSE_DELAY=-1",
					"--camunda.bpm.process-engine-name=schedule-change", "--server.port=0",
					"--reservrutin.templates.snapshot-cycle.months=" + months);
	}

}
