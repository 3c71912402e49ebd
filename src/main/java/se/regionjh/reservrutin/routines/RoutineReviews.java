package se.regionjh.reservrutin.routines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionjh.reservrutin.calendar.WorkingDays;
import se.regionjh.reservrutin.units.Unit;
import se.regionjh.reservrutin.units.UnitRegistry;
import se.regionjh.reservrutin.system.Times;

/**
 * The yearly review rounds (R5, R6, R8): one row per unit, updated as the
 * process reminds, escalates and records. Named {@code routineReviews} so the
 * BPMN's multi-instance collection can read a round's units.
 */
@Service("routineReviews")
@Transactional
public class RoutineReviews {

	private static final String ROUND_COLUMNS = "id, started_at, due_at, central_version, process_instance_id, closed_at";

	private static final String REVIEW_COLUMNS = "r.id, r.round_id, r.unit_id, w.due_at, r.reminded_at, "
			+ "r.escalated_at, r.completed_at, r.completed_by, r.staff_informed, r.uses_current_version, "
			+ "r.has_local_routine, r.local_routine_version, r.local_routine_link, r.deficiency_found, "
			+ "r.deficiency_description, r.deficiency_id";

	private final JdbcClient jdbc;

	private final UnitRegistry units;

	private final WorkingDays workingDays;

	private final RoutineProperties properties;

	RoutineReviews(JdbcClient jdbc, UnitRegistry units, WorkingDays workingDays, RoutineProperties properties) {
		this.jdbc = jdbc;
		this.units = units;
		this.workingDays = workingDays;
		this.properties = properties;
	}

	/** Opens the round for every configured unit; a retried step gets the round it opened. */
	public ReviewRound open(String processInstanceId, int centralVersion) {
		Optional<ReviewRound> opened = this.jdbc
			.sql("select " + ROUND_COLUMNS + " from review_round where process_instance_id = :pid")
			.param("pid", processInstanceId)
			.query(RoutineReviews::round)
			.optional();
		if (opened.isPresent()) {
			return opened.get();
		}
		Instant now = Times.now();
		LocalDate dueDay = this.workingDays.plusWorkingDays(now.atZone(WorkingDays.SWEDEN).toLocalDate(),
				this.properties.reviewWorkingDays());
		Instant dueAt = dueDay.atTime(this.properties.reviewDueTimeOfDay()).atZone(WorkingDays.SWEDEN).toInstant();
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into review_round (started_at, due_at, central_version, process_instance_id) "
				+ "values (:now, :due, :version, :pid)")
			.param("now", Times.utc(now))
			.param("due", Times.utc(dueAt))
			.param("version", centralVersion)
			.param("pid", processInstanceId)
			.update(keys, "id");
		long roundId = keys.getKey().longValue();
		for (Unit unit : this.units.all()) {
			this.jdbc.sql("insert into unit_review (round_id, unit_id) values (:round, :unit)")
				.param("round", roundId)
				.param("unit", unit.id())
				.update();
		}
		return round(roundId).orElseThrow();
	}

	/** When the managers who have not finished are reminded. */
	public Instant reminderAt(ReviewRound round) {
		LocalDate day = round.dueAt().atZone(WorkingDays.SWEDEN).toLocalDate();
		for (int i = 0; i < this.properties.reviewReminderWorkingDaysBefore(); i++) {
			day = this.workingDays.previousWorkingDay(day);
		}
		return day.atTime(this.properties.reviewDueTimeOfDay()).atZone(WorkingDays.SWEDEN).toInstant();
	}

	/** The units of a round: the review's multi-instance collection. */
	public List<String> unitIds(long roundId) {
		return this.jdbc.sql("select unit_id from unit_review where round_id = :round order by id")
			.param("round", roundId)
			.query(String.class)
			.list();
	}

	public Optional<ReviewRound> round(long roundId) {
		return this.jdbc.sql("select " + ROUND_COLUMNS + " from review_round where id = :id")
			.param("id", roundId)
			.query(RoutineReviews::round)
			.optional();
	}

	public Optional<ReviewRound> latestRound() {
		return this.jdbc.sql("select " + ROUND_COLUMNS + " from review_round order by started_at desc, id desc limit 1")
			.query(RoutineReviews::round)
			.optional();
	}

	public List<ReviewRound> rounds() {
		return this.jdbc.sql("select " + ROUND_COLUMNS + " from review_round order by started_at desc, id desc")
			.query(RoutineReviews::round)
			.list();
	}

	public List<UnitReview> reviews(long roundId) {
		return this.jdbc.sql("select " + REVIEW_COLUMNS + " from unit_review r join review_round w on w.id = r.round_id "
				+ "where r.round_id = :round order by r.id")
			.param("round", roundId)
			.query(this::review)
			.list();
	}

	public UnitReview review(long roundId, String unitId) {
		return this.jdbc.sql("select " + REVIEW_COLUMNS + " from unit_review r join review_round w on w.id = r.round_id "
				+ "where r.round_id = :round and r.unit_id = :unit")
			.param("round", roundId)
			.param("unit", unitId)
			.query(this::review)
			.single();
	}

	public void markReminded(long roundId, String unitId) {
		mark("reminded_at", roundId, unitId);
	}

	public void markEscalated(long roundId, String unitId) {
		mark("escalated_at", roundId, unitId);
	}

	public UnitReview complete(long roundId, String unitId, UnitReview.Answers answers, String actor) {
		this.jdbc.sql("update unit_review set completed_at = :now, completed_by = :actor, staff_informed = :staff, "
				+ "uses_current_version = :current, has_local_routine = :hasLocal, local_routine_version = :localVersion, "
				+ "local_routine_link = :localLink, deficiency_found = :deficiency, "
				+ "deficiency_description = :description where round_id = :round and unit_id = :unit")
			.param("now", Times.utc(Times.now()))
			.param("actor", actor)
			.param("staff", answers.staffInformed())
			.param("current", answers.usesCurrentVersion())
			.param("hasLocal", answers.hasLocalRoutine())
			.param("localVersion", answers.localRoutineVersion())
			.param("localLink", answers.localRoutineLink())
			.param("deficiency", answers.deficiencyFound())
			.param("description", answers.deficiencyDescription())
			.param("round", roundId)
			.param("unit", unitId)
			.update();
		return review(roundId, unitId);
	}

	public void linkDeficiency(long unitReviewId, long deficiencyId) {
		this.jdbc.sql("update unit_review set deficiency_id = :deficiency where id = :id")
			.param("deficiency", deficiencyId)
			.param("id", unitReviewId)
			.update();
	}

	public void close(long roundId) {
		this.jdbc.sql("update review_round set closed_at = :now where id = :id and closed_at is null")
			.param("now", Times.utc(Times.now()))
			.param("id", roundId)
			.update();
	}

	private void mark(String column, long roundId, String unitId) {
		this.jdbc.sql("update unit_review set " + column + " = :now where round_id = :round and unit_id = :unit")
			.param("now", Times.utc(Times.now()))
			.param("round", roundId)
			.param("unit", unitId)
			.update();
	}

	private static ReviewRound round(ResultSet rs, int row) throws SQLException {
		return new ReviewRound(rs.getLong("id"), Times.instant(rs, "started_at"), Times.instant(rs, "due_at"),
				rs.getInt("central_version"), rs.getString("process_instance_id"), Times.instant(rs, "closed_at"));
	}

	private UnitReview review(ResultSet rs, int row) throws SQLException {
		String unitId = rs.getString("unit_id");
		long deficiency = rs.getLong("deficiency_id");
		Long deficiencyId = rs.wasNull() ? null : deficiency;
		return new UnitReview(rs.getLong("id"), rs.getLong("round_id"), unitId,
				this.units.find(unitId).map(Unit::name).orElse(unitId), Times.instant(rs, "due_at"),
				Times.instant(rs, "reminded_at"), Times.instant(rs, "escalated_at"), Times.instant(rs, "completed_at"),
				rs.getString("completed_by"), bool(rs, "staff_informed"), bool(rs, "uses_current_version"),
				bool(rs, "has_local_routine"), rs.getString("local_routine_version"),
				rs.getString("local_routine_link"), bool(rs, "deficiency_found"),
				rs.getString("deficiency_description"), deficiencyId);
	}

	private static Boolean bool(ResultSet rs, String column) throws SQLException {
		boolean value = rs.getBoolean(column);
		return rs.wasNull() ? null : value;
	}

}
