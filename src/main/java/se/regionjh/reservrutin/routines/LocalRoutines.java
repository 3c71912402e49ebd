package se.regionjh.reservrutin.routines;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionjh.reservrutin.units.UnitRegistry;
import se.regionjh.reservrutin.system.Times;

/** Each unit's local routine, versioned, and when the unit last reviewed its routines. */
@Service
@Transactional
public class LocalRoutines {

	static final String SOURCE_PAGE = "PAGE";

	static final String SOURCE_REVIEW = "REVIEW";

	private static final String COLUMNS = "id, unit_id, version_label, body, link, recorded_at, recorded_by, source";

	private final JdbcClient jdbc;

	private final UnitRegistry units;

	LocalRoutines(JdbcClient jdbc, UnitRegistry units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	public Optional<LocalRoutine> current(String unitId) {
		return this.jdbc.sql("select " + COLUMNS + " from local_routine_version where unit_id = :unit "
				+ "order by id desc limit 1")
			.param("unit", unitId)
			.query(LocalRoutines::localRoutine)
			.optional();
	}

	public List<LocalRoutine> history(String unitId) {
		return this.jdbc.sql("select " + COLUMNS + " from local_routine_version where unit_id = :unit order by id desc")
			.param("unit", unitId)
			.query(LocalRoutines::localRoutine)
			.list();
	}

	/** When the unit last completed its yearly review, if ever. */
	public Optional<Instant> lastReviewed(String unitId) {
		return this.jdbc.sql("select max(completed_at) as completed_at from unit_review where unit_id = :unit")
			.param("unit", unitId)
			.query((rs, row) -> Times.instant(rs, "completed_at"))
			.optional()
			.filter(Objects::nonNull);
	}

	/** Swedish problems with a submission; empty when it can be recorded. */
	public static List<String> problems(String versionLabel, String body, String link) {
		List<String> problems = new ArrayList<>();
		if (isBlank(versionLabel)) {
			problems.add("Ange den lokala rutinens version.");
		}
		else if (versionLabel.strip().length() > 50) {
			problems.add("Versionen får vara högst 50 tecken.");
		}
		if (isBlank(body) && isBlank(link)) {
			problems.add("Skriv rutinens text eller ange en länk till den.");
		}
		if (!isBlank(link) && !isWebLink(link.strip())) {
			problems.add("Länken måste börja med https:// eller http://.");
		}
		return problems;
	}

	public LocalRoutine record(String unitId, String versionLabel, String body, String link, String actor,
			String source) {
		this.units.require(unitId);
		List<String> problems = problems(versionLabel, body, link);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join(" ", problems));
		}
		this.jdbc.sql("insert into local_routine_version (unit_id, version_label, body, link, recorded_at, "
				+ "recorded_by, source) values (:unit, :label, :body, :link, :now, :actor, :source)")
			.param("unit", unitId)
			.param("label", versionLabel.strip())
			.param("body", isBlank(body) ? null : body.strip())
			.param("link", isBlank(link) ? null : link.strip())
			.param("now", Times.utc(Times.now()))
			.param("actor", actor)
			.param("source", source)
			.update();
		return current(unitId).orElseThrow();
	}

	static boolean isWebLink(String link) {
		try {
			URI uri = URI.create(link);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static LocalRoutine localRoutine(ResultSet rs, int row) throws SQLException {
		return new LocalRoutine(rs.getLong("id"), rs.getString("unit_id"), rs.getString("version_label"),
				rs.getString("body"), rs.getString("link"), Times.instant(rs, "recorded_at"),
				rs.getString("recorded_by"), rs.getString("source"));
	}

}
