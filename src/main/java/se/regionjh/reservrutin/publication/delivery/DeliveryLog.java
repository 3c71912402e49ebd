package se.regionjh.reservrutin.publication.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import static se.regionjh.reservrutin.system.Times.now;
import static se.regionjh.reservrutin.system.Times.utc;
import static se.regionjh.reservrutin.system.Times.instant;

/**
 * The delivery table: publications and routine notices. Every write joins the caller's transaction: the
 * publication's when a delivery is recorded, the job's when it is sent, and the
 * engine's failed-job command when it fails, so the row always agrees with the
 * job that carries it. Time comes from Camunda's clock, like the journal's.
 */
@Repository
public class DeliveryLog {

	static final int MAX_ERROR_LENGTH = 2000;

	private static final String COLUMNS = "d.id, d.publication_id, d.routine_notice_id, o.reference, "
			+ "coalesce(p.subject, n.subject) as subject, d.channel, d.target, d.state, d.attempts, d.last_error, "
			+ "d.process_instance_id, d.created_at, d.updated_at, d.next_attempt_at, d.sent_at from delivery d "
			+ "left join publication p on p.id = d.publication_id left join outage o on o.id = p.outage_id "
			+ "left join routine_notice n on n.id = d.routine_notice_id";

	private final JdbcClient jdbc;

	DeliveryLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long record(long publicationId, DeliveryChannel channel, String target, DeliveryState state) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into delivery (publication_id, channel, target, state, attempts, created_at, updated_at) "
					+ "values (:publicationId, :channel, :target, :state, 0, :now, :now)")
			.param("publicationId", publicationId)
			.param("channel", channel.name())
			.param("target", target)
			.param("state", state.name())
			.param("now", utc(now()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** A routine notice's row: the notice is one recipient's, so the row has no other key. */
	long recordNotice(long routineNoticeId, String target, DeliveryState state) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into delivery (routine_notice_id, channel, target, state, attempts, created_at, updated_at) "
					+ "values (:noticeId, :channel, :target, :state, 0, :now, :now)")
			.param("noticeId", routineNoticeId)
			.param("channel", DeliveryChannel.EMAIL.name())
			.param("target", target)
			.param("state", state.name())
			.param("now", utc(now()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void linkProcessInstance(long deliveryId, String processInstanceId) {
		this.jdbc.sql("update delivery set process_instance_id = :pid where id = :id")
			.param("pid", processInstanceId)
			.param("id", deliveryId)
			.update();
	}

	void markSent(long deliveryId) {
		Instant now = now();
		this.jdbc
			.sql("update delivery set state = :state, attempts = attempts + 1, sent_at = :now, updated_at = :now, "
					+ "next_attempt_at = null where id = :id")
			.param("state", DeliveryState.SENT.name())
			.param("now", utc(now))
			.param("id", deliveryId)
			.update();
	}

	/** A failed attempt: RETRYING while the job has retries left, else FAILED. */
	void markFailed(long deliveryId, boolean retriesLeft, String error, Instant nextAttemptAt) {
		this.jdbc
			.sql("update delivery set state = :state, attempts = attempts + 1, last_error = :error, "
					+ "next_attempt_at = :next, updated_at = :now where id = :id")
			.param("state", (retriesLeft ? DeliveryState.RETRYING : DeliveryState.FAILED).name())
			.param("error", truncate(error))
			.param("next", retriesLeft ? utc(nextAttemptAt) : null)
			.param("now", utc(now()))
			.param("id", deliveryId)
			.update();
	}

	public Optional<Delivery> find(long deliveryId) {
		return this.jdbc.sql("select " + COLUMNS + " where d.id = :id")
			.param("id", deliveryId)
			.query(DeliveryLog::delivery)
			.optional();
	}

	/** Newest first. */
	public List<Delivery> latest(int limit) {
		return this.jdbc.sql("select " + COLUMNS + " order by d.id desc limit :limit")
			.param("limit", limit)
			.query(DeliveryLog::delivery)
			.list();
	}

	public List<Delivery> forPublication(long publicationId) {
		return this.jdbc.sql("select " + COLUMNS + " where d.publication_id = :id order by d.id")
			.param("id", publicationId)
			.query(DeliveryLog::delivery)
			.list();
	}

	private static String truncate(String error) {
		if (error == null) {
			return "(no message)";
		}
		return (error.length() <= MAX_ERROR_LENGTH) ? error : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
	}

	private static Delivery delivery(ResultSet rs, int row) throws SQLException {
		return new Delivery(rs.getLong("id"), rs.getObject("publication_id", Long.class),
				rs.getObject("routine_notice_id", Long.class), rs.getString("reference"), rs.getString("subject"),
				DeliveryChannel.valueOf(rs.getString("channel")), rs.getString("target"),
				DeliveryState.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getString("last_error"),
				rs.getString("process_instance_id"), instant(rs, "created_at"), instant(rs, "updated_at"),
				instant(rs, "next_attempt_at"), instant(rs, "sent_at"));
	}

}
