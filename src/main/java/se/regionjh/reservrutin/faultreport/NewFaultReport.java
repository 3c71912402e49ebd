package se.regionjh.reservrutin.faultreport;

import java.util.List;

/**
 * A fault report as it arrives.
 *
 * @param reporter user id or e-mail address of whoever reported it
 * @param unitId the reporter's unit, when known
 * @param services affected service ids (may be empty when the reporter does not know)
 * @param description what is wrong, in the reporter's words
 * @param contact how to reach the reporter (phone, e-mail), optional
 * @param source the channel
 */
public record NewFaultReport(String reporter, String unitId, List<String> services, String description,
		String contact, FaultReportSource source) {

	public NewFaultReport {
		services = (services != null) ? List.copyOf(services) : List.of();
	}

}
