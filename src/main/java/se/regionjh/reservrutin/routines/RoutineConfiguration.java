package se.regionjh.reservrutin.routines;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionjh.reservrutin.calendar.WorkingDays;
import se.regionjh.reservrutin.security.ProcessStarters;
import se.regionjh.reservrutin.security.ProcessStarters.Starters;
import se.regionjh.reservrutin.system.ProcessStartSchedule;

@Configuration(proxyBeanMethods = false)
class RoutineConfiguration {

	@Bean(RoutineReviewProcess.SCHEDULE_BEAN)
	ProcessStartSchedule routineReviewSchedule(RoutineProperties properties, WorkingDays workingDays) {
		return new ProcessStartSchedule(RoutineReviewProcess.KEY, properties.reviewCycle(), workingDays);
	}

	/** Unit managers report deficiencies in the central routine from Tasklist (R7). */
	@Bean
	ProcessStarters deficiencyReportStarters() {
		return new ProcessStarters(RoutineDeficiencyProcess.KEY, Starters.UNIT_MANAGERS);
	}

}
