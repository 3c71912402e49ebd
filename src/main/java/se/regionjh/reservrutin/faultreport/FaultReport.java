package se.regionjh.reservrutin.faultreport;

import java.time.Instant;
import java.util.List;

/** A fault report as the journal holds it. */
public record FaultReport(long id, Instant reportedAt, String reporter, String unitId, FaultReportSource source,
		List<String> services, String description, String contact, FaultReportState state, Long outageId,
		String answer, String answeredBy, Instant answeredAt, String processInstanceId) {

	public FaultReport {
		services = List.copyOf(services);
	}

}
