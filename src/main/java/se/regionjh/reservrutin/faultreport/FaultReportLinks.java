package se.regionjh.reservrutin.faultreport;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.outage.JournalEvents.OpenedFromFaultReport;

/**
 * Records which outage a declared fault report became, when the outage says it
 * opened (in the transaction that opened it).
 */
@Component
class FaultReportLinks {

	private final JdbcClient jdbc;

	FaultReportLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void onOpenedFromFaultReport(OpenedFromFaultReport event) {
		linkToOutage(event.faultReportId(), event.outageId());
	}

	void linkToOutage(long faultReportId, long outageId) {
		this.jdbc.sql("update fault_report set outage_id = :outageId where id = :id")
			.param("outageId", outageId)
			.param("id", faultReportId)
			.update();
	}

}
