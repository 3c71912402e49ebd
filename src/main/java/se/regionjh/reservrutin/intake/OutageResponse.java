package se.regionjh.reservrutin.intake;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import se.regionjh.reservrutin.outage.Outage;

/** The outage an Inera notice created or reached, as the API answers it. */
@Schema(name = "Outage", description = "Driftstörningen som meddelandet skapade eller gällde")
record OutageResponse(long id, @Schema(example = "DS-2026-0007") String reference,
		@Schema(example = "INC0123456") String ineraReference, String title, List<String> services,
		List<String> units, @Schema(example = "NEW") String state, @Schema(example = "under bedömning") String stateLabel,
		boolean planned, Instant startsAt, Instant expectedEnd, String processInstanceId) {

	static OutageResponse of(Outage outage) {
		return new OutageResponse(outage.id(), outage.reference(), outage.ineraReference(), outage.title(),
				outage.services(), outage.units(), outage.state().name(), outage.state().label(), outage.planned(),
				outage.startsAt(), outage.expectedEnd(), outage.processInstanceId());
	}

}
