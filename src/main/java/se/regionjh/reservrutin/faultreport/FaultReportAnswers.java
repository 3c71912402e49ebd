package se.regionjh.reservrutin.faultreport;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Whether the reporter can read the answer in Tasklist (a Camunda user) or
 * reported from outside (mailbox, API with an e-mail address).
 */
@Component("faultReportAnswers")
public class FaultReportAnswers {

	private final IdentityService identityService;

	FaultReportAnswers(IdentityService identityService) {
		this.identityService = identityService;
	}

	public boolean reporterIsUser(Object reporter) {
		return reporter != null && this.identityService.createUserQuery().userId(reporter.toString()).count() > 0;
	}

}
