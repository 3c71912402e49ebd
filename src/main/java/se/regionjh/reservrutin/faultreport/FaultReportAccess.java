package se.regionjh.reservrutin.faultreport;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionjh.reservrutin.security.ProcessStarters;
import se.regionjh.reservrutin.security.ProcessStarters.Starters;

/** Every unit's staff and managers start a fault report from Tasklist. */
@Configuration(proxyBeanMethods = false)
class FaultReportAccess {

	@Bean
	ProcessStarters faultReportStarters() {
		return new ProcessStarters(FaultReportProcess.KEY, Starters.UNIT_STAFF_AND_MANAGERS);
	}

}
