package se.regionjh.reservrutin.intake;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import se.regionjh.reservrutin.faultreport.FaultReport;

/** A recorded fault report, as the API answers it. */
@Schema(name = "RecordedFaultReport", description = "Den registrerade felanmälan")
record FaultReportView(long id, Instant reportedAt, String reporter, String unitId, String source,
		List<String> services, @Schema(example = "NEW") String state, @Schema(example = "ny") String stateLabel,
		String processInstanceId) {

	static FaultReportView of(FaultReport report) {
		return new FaultReportView(report.id(), report.reportedAt(), report.reporter(), report.unitId(),
				report.source().name(), report.services(), report.state().name(), report.state().label(),
				report.processInstanceId());
	}

}
