package se.regionjh.reservrutin.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static se.regionjh.reservrutin.system.Times.utc;
import static se.regionjh.reservrutin.system.Times.now;

/**
 * The table {@code intake_message}: which mail was taken in, and how. Runs in
 * the caller's transaction.
 */
@Repository
class IntakeMessages {

	enum Outcome {

		/** An Inera notice applied to an outage (new, existing, updated, cancelled or resolved). */
		NOTICE,
		/** A fault report was started. */
		FAULT_REPORT,
		/** Taken in as a fault report, but something needs a person: shown to management. */
		NEEDS_REVIEW,
		/** Could not be taken in as intended; the text is kept here and shown to management. */
		FAILED

	}

	/** A recorded mail that management should look at. */
	record Attention(long id, String messageId, Instant receivedAt, String sender, String subject, boolean fromInera,
			Outcome outcome, String error, Long outageId, Long faultReportId) {
	}

	private static final String ATTENTION_COLUMNS = "id, message_id, received_at, sender, subject, from_inera, outcome, "
			+ "error, outage_id, fault_report_id";

	private final JdbcClient jdbc;

	IntakeMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(String messageId) {
		return this.jdbc.sql("select count(*) from intake_message where message_id = :id")
			.param("id", messageId)
			.query(Long.class)
			.single() > 0;
	}

	/** Inserts the row; a duplicate Message-ID fails on the unique constraint. */
	void record(IncomingMail mail, boolean fromInera, Outcome outcome, Long outageId, Long faultReportId,
			String error) {
		this.jdbc
			.sql("insert into intake_message (message_id, received_at, sent_at, sender, subject, from_inera, outcome, "
					+ "outage_id, fault_report_id, error, body) values (:messageId, :now, :sentAt, :sender, :subject, "
					+ ":fromInera, :outcome, :outageId, :faultReportId, :error, :body)")
			.param("messageId", mail.messageId())
			.param("now", utc(now()))
			.param("sentAt", utc(mail.sentAt()))
			.param("sender", cut(mail.sender(), 320))
			.param("subject", cut(mail.subject(), 1000))
			.param("fromInera", fromInera)
			.param("outcome", outcome.name())
			.param("outageId", outageId)
			.param("faultReportId", faultReportId)
			.param("error", cut(error, 4000))
			.param("body", mail.text())
			.update();
	}

	/** Unacknowledged NEEDS_REVIEW and FAILED mail, newest first. */
	List<Attention> needingAttention(int limit) {
		return this.jdbc
			.sql("select " + ATTENTION_COLUMNS + " from intake_message where outcome in ('NEEDS_REVIEW', 'FAILED') "
					+ "and acknowledged_at is null order by received_at desc, id desc limit :limit")
			.param("limit", limit)
			.query(IntakeMessages::attention)
			.list();
	}

	/** Management has seen to it; answers whether there was such an open row. */
	boolean acknowledge(long id, String by) {
		return this.jdbc
			.sql("update intake_message set acknowledged_at = :now, acknowledged_by = :by where id = :id "
					+ "and outcome in ('NEEDS_REVIEW', 'FAILED') and acknowledged_at is null")
			.param("now", utc(now()))
			.param("by", cut(by, 100))
			.param("id", id)
			.update() == 1;
	}

	private static Attention attention(ResultSet rs, int row) throws SQLException {
		long outage = rs.getLong("outage_id");
		Long outageId = rs.wasNull() ? null : outage;
		long report = rs.getLong("fault_report_id");
		Long faultReportId = rs.wasNull() ? null : report;
		return new Attention(rs.getLong("id"), rs.getString("message_id"),
				rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getString("sender"),
				rs.getString("subject"), rs.getBoolean("from_inera"), Outcome.valueOf(rs.getString("outcome")),
				rs.getString("error"), outageId, faultReportId);
	}

	private static String cut(String text, int max) {
		return (text != null && text.length() > max) ? text.substring(0, max) : text;
	}

}
