package se.regionjh.reservrutin.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock and its time columns: now is Camunda's clock (tests
 * move it), and every table stores a point in time as UTC.
 */
public final class Times {

	private Times() {
	}

	public static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	/** The value to bind for a timestamp-with-time-zone column; null stays null. */
	public static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/** A timestamp-with-time-zone column as an instant; SQL null is null. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
