package se.regionjh.reservrutin.routines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionjh.reservrutin.system.Times;

/**
 * The central routine as versioned documents (R1). Version 1 is the routine
 * as the region wrote it (a copy of the seed text in the jar); management
 * records each revision as the next version.
 */
@Service
@Transactional
public class CentralRoutine {

	static final String SEED_RESOURCE = "routines/central-reservrutin-v1.txt";

	private static final String COLUMNS = "version, body, change_summary, deficiency_id, created_at, created_by";

	private final JdbcClient jdbc;

	CentralRoutine(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public RoutineVersion current() {
		return this.jdbc.sql("select " + COLUMNS + " from central_routine_version order by version desc limit 1")
			.query(CentralRoutine::version)
			.optional()
			.orElseThrow(() -> new IllegalStateException("The central routine has no version"));
	}

	public Optional<RoutineVersion> version(int version) {
		return this.jdbc.sql("select " + COLUMNS + " from central_routine_version where version = :version")
			.param("version", version)
			.query(CentralRoutine::version)
			.optional();
	}

	/** Every version, newest first. */
	public List<RoutineVersion> versions() {
		return this.jdbc.sql("select " + COLUMNS + " from central_routine_version order by version desc")
			.query(CentralRoutine::version)
			.list();
	}

	/** Records the next version. */
	public RoutineVersion revise(String body, String changeSummary, Long deficiencyId, String actor) {
		int next = current().version() + 1;
		this.jdbc.sql("insert into central_routine_version (" + COLUMNS + ") values (:version, :body, :summary, "
				+ ":deficiencyId, :now, :actor)")
			.param("version", next)
			.param("body", body.strip())
			.param("summary", changeSummary)
			.param("deficiencyId", deficiencyId)
			.param("now", Times.utc(Times.now()))
			.param("actor", actor)
			.update();
		return version(next).orElseThrow();
	}

	/** Writes version 1 from the jar when there is none; true if it did. */
	public boolean seed() {
		Integer versions = this.jdbc.sql("select count(*) from central_routine_version").query(Integer.class).single();
		if (versions > 0) {
			return false;
		}
		this.jdbc.sql("insert into central_routine_version (" + COLUMNS + ") values (1, :body, :summary, null, "
				+ ":now, null)")
			.param("body", seedText())
			.param("summary", "Central reservrutin för 1177 e-tjänster, första versionen.")
			.param("now", Times.utc(Times.now()))
			.update();
		return true;
	}

	static String seedText() {
		try (InputStream in = CentralRoutine.class.getClassLoader().getResourceAsStream(SEED_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(SEED_RESOURCE + " is missing from the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static RoutineVersion version(ResultSet rs, int row) throws SQLException {
		long deficiency = rs.getLong("deficiency_id");
		Long deficiencyId = rs.wasNull() ? null : deficiency;
		return new RoutineVersion(rs.getInt("version"), rs.getString("body"), rs.getString("change_summary"),
				deficiencyId, Times.instant(rs, "created_at"), rs.getString("created_by"));
	}

}
