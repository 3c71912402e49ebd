package se.regionjh.reservrutin.faultreport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets the outage process record which outage a declared fault report became.
 */
@Component
public class FaultReportLinks {

	private final JdbcClient jdbc;

	FaultReportLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void linkToOutage(long faultReportId, long outageId) {
		this.jdbc.sql("update fault_report set outage_id = :outageId where id = :id")
			.param("outageId", outageId)
			.param("id", faultReportId)
			.update();
	}

}
