package se.regionjh.reservrutin.routines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Time for the routine tables: Camunda's clock (tests move it), stored as UTC. */
final class Times {

	private Times() {
	}

	static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	static Boolean bool(ResultSet rs, String column) throws SQLException {
		boolean value = rs.getBoolean(column);
		return rs.wasNull() ? null : value;
	}

}
