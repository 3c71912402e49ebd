package se.regionjh.reservrutin.templates;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionjh.reservrutin.calendar.WorkingDays;
import se.regionjh.reservrutin.security.SystemVariables;
import se.regionjh.reservrutin.system.ProcessStartSchedule;

@Configuration(proxyBeanMethods = false)
class TemplateConfiguration {

	@Bean(TemplateSnapshotProcess.SCHEDULE_BEAN)
	ProcessStartSchedule templateSnapshotSchedule(TemplateProperties properties, WorkingDays workingDays) {
		return new ProcessStartSchedule(TemplateSnapshotProcess.KEY, properties.snapshotCycle(), workingDays);
	}

	@Bean
	SystemVariables templateSnapshotSystemVariables() {
		return new SystemVariables(TemplateSnapshotProcess.KEY, TemplateSnapshotProcess.Vars.SNAPSHOT_ID,
				TemplateSnapshotProcess.Vars.SAVED_BY);
	}

}
