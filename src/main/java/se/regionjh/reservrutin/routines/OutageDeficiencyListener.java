package se.regionjh.reservrutin.routines;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.outage.JournalEvents.DeficiencyReported;
import se.regionjh.reservrutin.routines.Deficiency.Report;

/**
 * An outage's closing review found a deficiency in the central routine: start
 * the deficiency process in the same transaction, so the report is not lost
 * if the closing step rolls back, nor recorded if it does.
 */
@Component
class OutageDeficiencyListener {

	private final RoutineDeficiencies deficiencies;

	OutageDeficiencyListener(RoutineDeficiencies deficiencies) {
		this.deficiencies = deficiencies;
	}

	@EventListener
	void on(DeficiencyReported event) {
		this.deficiencies.report(new Report(DeficiencySource.OUTAGE, event.description(), event.reportedBy(), null,
				event.outageId(), event.outageReference(), null));
	}

}
