package se.regionjh.reservrutin.routines;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionjh.reservrutin.calendar.WorkingDays;
import se.regionjh.reservrutin.security.ProcessStarters;
import se.regionjh.reservrutin.security.ProcessStarters.Starters;
import se.regionjh.reservrutin.security.SystemVariables;
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

	@Bean
	SystemVariables routineReviewSystemVariables() {
		return new SystemVariables(RoutineReviewProcess.KEY, RoutineReviewProcess.Vars.ROUND_ID,
				RoutineReviewProcess.Vars.UNIT_REVIEW_ID, RoutineReviewProcess.Vars.UNIT_ID,
				RoutineReviewProcess.Vars.UNIT_NAME, RoutineReviewProcess.Vars.CENTRAL_VERSION,
				RoutineReviewProcess.Vars.REVIEWED_BY);
	}

	@Bean
	SystemVariables routineDeficiencySystemVariables() {
		return new SystemVariables(RoutineDeficiencyProcess.KEY, RoutineDeficiencyProcess.Vars.DEFICIENCY_ID,
				RoutineDeficiencyProcess.Vars.SOURCE, RoutineDeficiencyProcess.Vars.UNIT_ID,
				RoutineDeficiencyProcess.Vars.UNIT_NAME, RoutineDeficiencyProcess.Vars.UNIT_REVIEW_ID,
				RoutineDeficiencyProcess.Vars.OUTAGE_ID, RoutineDeficiencyProcess.Vars.OUTAGE_REFERENCE,
				RoutineDeficiencyProcess.Vars.REPORTER, RoutineDeficiencyProcess.Vars.REPORTED_BY,
				RoutineDeficiencyProcess.Vars.STARTED_BY, RoutineDeficiencyProcess.Vars.ASSESSED_BY,
				RoutineDeficiencyProcess.Vars.ROUTINE_VERSION);
	}

}
