package se.regionjh.reservrutin.faultreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionjh.reservrutin.faultreport.FaultReportProcess.Vars;
import se.regionjh.reservrutin.system.ProcessValues;
import se.regionjh.reservrutin.units.EService;
import se.regionjh.reservrutin.units.UnitRegistry;

import static se.regionjh.reservrutin.system.Times.now;
import static se.regionjh.reservrutin.system.Times.utc;

/**
 * Fault reports (R10): records each report and starts its triage. Reports from
 * Tasklist's start form are recorded by the process itself (register step);
 * reports from the API or the mailbox come through {@link #report}.
 */
@Service
@Transactional
public class FaultReports {

	private static final String COLUMNS = "id, reported_at, reporter, unit_id, source, services, description, contact, "
			+ "state, outage_id, answer, answered_by, answered_at, process_instance_id";

	private final JdbcClient jdbc;

	private final RuntimeService runtimeService;

	private final UnitRegistry units;

	FaultReports(JdbcClient jdbc, RuntimeService runtimeService, UnitRegistry units) {
		this.jdbc = jdbc;
		this.runtimeService = runtimeService;
		this.units = units;
	}

	/** Records the report and starts its triage by management. */
	public FaultReport report(NewFaultReport report) {
		validate(report);
		long id = insert(report, null);
		ProcessInstance instance = this.runtimeService.createMessageCorrelation(FaultReportProcess.Messages.RECEIVED)
			.setVariables(Variables.createVariables()
				.putValue(Vars.FAULT_REPORT_ID, id)
				.putValue(Vars.REPORTER, report.reporter())
				.putValue(Vars.UNIT_ID, report.unitId())
				.putValue(Vars.SERVICES, ProcessValues.jsonList(report.services()))
				.putValue(Vars.DESCRIPTION, ProcessValues.longText(report.description()))
				.putValue(Vars.CONTACT, report.contact())
				.putValue(Vars.SOURCE, report.source().name()))
			.correlateStartMessage();
		linkProcessInstance(id, instance.getId());
		return require(id);
	}

	/** Used by the process when the report came from its own start form. */
	long insert(NewFaultReport report, String processInstanceId) {
		validate(report);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into fault_report (reported_at, reporter, unit_id, source, services, description, contact, "
					+ "state, process_instance_id) values (:at, :reporter, :unitId, :source, :services, :description, "
					+ ":contact, :state, :pid)")
			.param("at", utc(now()))
			.param("reporter", report.reporter())
			.param("unitId", report.unitId())
			.param("source", report.source().name())
			.param("services", String.join(",", report.services()))
			.param("description", report.description())
			.param("contact", report.contact())
			.param("state", FaultReportState.NEW.name())
			.param("pid", processInstanceId)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void linkProcessInstance(long id, String processInstanceId) {
		this.jdbc.sql("update fault_report set process_instance_id = :pid where id = :id")
			.param("pid", processInstanceId)
			.param("id", id)
			.update();
	}

	/** Records management's answer and the outcome of triage. */
	void answer(long id, FaultReportState state, Long outageId, String answer, String answeredBy) {
		this.jdbc
			.sql("update fault_report set state = :state, outage_id = :outageId, answer = :answer, "
					+ "answered_by = :by, answered_at = :at where id = :id")
			.param("state", state.name())
			.param("outageId", outageId)
			.param("answer", answer)
			.param("by", answeredBy)
			.param("at", utc(now()))
			.param("id", id)
			.update();
	}

	@Transactional(readOnly = true)
	public Optional<FaultReport> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from fault_report where id = :id")
			.param("id", id)
			.query(FaultReports::map)
			.optional();
	}

	@Transactional(readOnly = true)
	public FaultReport require(long id) {
		return find(id).orElseThrow(() -> new IllegalArgumentException("Felanmälan " + id + " finns inte"));
	}

	@Transactional(readOnly = true)
	public List<FaultReport> forOutage(long outageId) {
		return this.jdbc.sql("select " + COLUMNS + " from fault_report where outage_id = :id order by id")
			.param("id", outageId)
			.query(FaultReports::map)
			.list();
	}

	private void validate(NewFaultReport report) {
		if (report.description() == null || report.description().isBlank()) {
			throw new IllegalArgumentException("Beskrivningen av felet saknas");
		}
		report.services().forEach(EService::require);
		if (report.unitId() != null) {
			this.units.require(report.unitId());
		}
	}

	private static FaultReport map(ResultSet rs, int row) throws SQLException {
		long outageId = rs.getLong("outage_id");
		Long outage = rs.wasNull() ? null : outageId;
		OffsetDateTime answeredAt = rs.getObject("answered_at", OffsetDateTime.class);
		String services = rs.getString("services");
		return new FaultReport(rs.getLong("id"), rs.getObject("reported_at", OffsetDateTime.class).toInstant(),
				rs.getString("reporter"), rs.getString("unit_id"), FaultReportSource.valueOf(rs.getString("source")),
				services == null || services.isBlank() ? List.of() : Arrays.asList(services.split(",")),
				rs.getString("description"), rs.getString("contact"), FaultReportState.valueOf(rs.getString("state")),
				outage, rs.getString("answer"), rs.getString("answered_by"),
				answeredAt != null ? answeredAt.toInstant() : null, rs.getString("process_instance_id"));
	}

}
