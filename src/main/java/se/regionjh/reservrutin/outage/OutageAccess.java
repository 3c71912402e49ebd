package se.regionjh.reservrutin.outage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionjh.reservrutin.outage.OutageProcess.Vars;
import se.regionjh.reservrutin.security.SystemVariables;

/** What no form or REST call may change on an outage's instance and tasks. */
@Configuration(proxyBeanMethods = false)
class OutageAccess {

	@Bean
	SystemVariables outageSystemVariables() {
		return new SystemVariables(OutageProcess.KEY, Vars.OUTAGE_ID, Vars.OUTAGE_REFERENCE, Vars.UNIT_ID,
				Vars.UNIT_NAME, Vars.FAULT_REPORT_ID, Vars.DECLARED_BY, Vars.ASSESSED_BY, Vars.UPDATED_BY,
				Vars.CHANGED_BY, Vars.REVIEWED_BY, Vars.REVIEWS_CLOSED_BY, Vars.CLOSED_BY, Vars.TRIAGED_BY);
	}

}
