package se.regionjh.reservrutin.routines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionjh.reservrutin.routines.Deficiency.Report;
import se.regionjh.reservrutin.routines.Deficiency.State;
import se.regionjh.reservrutin.routines.RoutineDeficiencyProcess.Vars;
import se.regionjh.reservrutin.system.Times;

/** Deficiencies in the central routine (R7): reported, recorded, decided. */
@Service
@Transactional
public class RoutineDeficiencies {

	private static final String COLUMNS = "id, reported_at, reported_by, unit_id, source, outage_id, outage_reference, "
			+ "unit_review_id, description, state, decision_reason, decided_by, decided_at, routine_version, "
			+ "process_instance_id";

	private final JdbcClient jdbc;

	private final RuntimeService runtimeService;

	RoutineDeficiencies(JdbcClient jdbc, RuntimeService runtimeService) {
		this.jdbc = jdbc;
		this.runtimeService = runtimeService;
	}

	/** Starts a deficiency process for a report that came from code (a review, an outage). */
	public ProcessInstance report(Report report) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(Vars.SOURCE, report.source().name());
		variables.put(Vars.DESCRIPTION, report.description());
		variables.put(Vars.REPORTED_BY, report.reportedBy());
		variables.put(Vars.UNIT_ID, report.unitId());
		variables.put(Vars.OUTAGE_ID, report.outageId());
		variables.put(Vars.OUTAGE_REFERENCE, report.outageReference());
		variables.put(Vars.UNIT_REVIEW_ID, report.unitReviewId());
		return this.runtimeService.startProcessInstanceByKey(RoutineDeficiencyProcess.KEY, variables);
	}

	/** Records the report of a process; a retried step gets the row it wrote. */
	public Deficiency record(Report report, String processInstanceId) {
		Optional<Deficiency> recorded = byProcessInstance(processInstanceId);
		if (recorded.isPresent()) {
			return recorded.get();
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into routine_deficiency (reported_at, reported_by, unit_id, source, outage_id, "
				+ "outage_reference, unit_review_id, description, state, process_instance_id) values (:now, :by, "
				+ ":unit, :source, :outageId, :outageReference, :reviewId, :description, :state, :pid)")
			.param("now", Times.utc(Times.now()))
			.param("by", report.reportedBy())
			.param("unit", report.unitId())
			.param("source", report.source().name())
			.param("outageId", report.outageId())
			.param("outageReference", report.outageReference())
			.param("reviewId", report.unitReviewId())
			.param("description", report.description())
			.param("state", State.OPEN.name())
			.param("pid", processInstanceId)
			.update(keys, "id");
		return require(keys.getKey().longValue());
	}

	public Deficiency reject(long deficiencyId, String reason, String actor) {
		decide(deficiencyId, State.REJECTED, reason, actor, null);
		return require(deficiencyId);
	}

	public Deficiency revised(long deficiencyId, String summary, String actor, int routineVersion) {
		decide(deficiencyId, State.REVISED, summary, actor, routineVersion);
		return require(deficiencyId);
	}

	public Deficiency require(long deficiencyId) {
		return this.jdbc.sql("select " + COLUMNS + " from routine_deficiency where id = :id")
			.param("id", deficiencyId)
			.query(RoutineDeficiencies::deficiency)
			.single();
	}

	public List<Deficiency> all() {
		return this.jdbc.sql("select " + COLUMNS + " from routine_deficiency order by reported_at desc, id desc")
			.query(RoutineDeficiencies::deficiency)
			.list();
	}

	public Optional<Deficiency> byProcessInstance(String processInstanceId) {
		return this.jdbc.sql("select " + COLUMNS + " from routine_deficiency where process_instance_id = :pid")
			.param("pid", processInstanceId)
			.query(RoutineDeficiencies::deficiency)
			.optional();
	}

	private void decide(long deficiencyId, State state, String reason, String actor, Integer routineVersion) {
		this.jdbc.sql("update routine_deficiency set state = :state, decision_reason = :reason, decided_by = :actor, "
				+ "decided_at = :now, routine_version = :version where id = :id")
			.param("state", state.name())
			.param("reason", reason)
			.param("actor", actor)
			.param("now", Times.utc(Times.now()))
			.param("version", routineVersion)
			.param("id", deficiencyId)
			.update();
	}

	private static Deficiency deficiency(ResultSet rs, int row) throws SQLException {
		long outage = rs.getLong("outage_id");
		Long outageId = rs.wasNull() ? null : outage;
		long review = rs.getLong("unit_review_id");
		Long reviewId = rs.wasNull() ? null : review;
		int version = rs.getInt("routine_version");
		Integer routineVersion = rs.wasNull() ? null : version;
		return new Deficiency(rs.getLong("id"), Times.instant(rs, "reported_at"), rs.getString("reported_by"),
				rs.getString("unit_id"), DeficiencySource.valueOf(rs.getString("source")), outageId,
				rs.getString("outage_reference"), reviewId, rs.getString("description"),
				State.valueOf(rs.getString("state")), rs.getString("decision_reason"), rs.getString("decided_by"),
				Times.instant(rs, "decided_at"), routineVersion, rs.getString("process_instance_id"));
	}

}
