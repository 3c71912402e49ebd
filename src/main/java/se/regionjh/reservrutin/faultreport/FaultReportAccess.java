package se.regionjh.reservrutin.faultreport;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionjh.reservrutin.faultreport.FaultReportProcess.Vars;
import se.regionjh.reservrutin.security.ProcessStarters;
import se.regionjh.reservrutin.security.ProcessStarters.Starters;
import se.regionjh.reservrutin.security.SystemVariables;

/** Every unit's staff and managers start a fault report from Tasklist. */
@Configuration(proxyBeanMethods = false)
class FaultReportAccess {

	@Bean
	ProcessStarters faultReportStarters() {
		return new ProcessStarters(FaultReportProcess.KEY, Starters.UNIT_STAFF_AND_MANAGERS);
	}

	/** Who reported, for which unit, and who triaged it: set by the process, never by a form. */
	@Bean
	SystemVariables faultReportSystemVariables() {
		return new SystemVariables(FaultReportProcess.KEY, Vars.FAULT_REPORT_ID, Vars.REPORTER, Vars.UNIT_ID,
				Vars.SOURCE, Vars.TRIAGED_BY);
	}

}
