package se.regionjh.reservrutin.publication.delivery;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V7: the status page stopped being a delivery channel. A database that still
 * has status-page rows waiting (written before) ends with them sent, so the
 * jobs still waiting for them end without a channel to call; the other
 * channels' rows are untouched.
 */
class StatusPageRowsMigrationTest {

	@Test
	void pendingStatusPageRowsAreMarkedSentAndOtherChannelsKeepTheirState() {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:v7-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		Flyway.configure().dataSource(database).target("6").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		jdbc.execute("set referential_integrity false");
		String insert = "insert into delivery (publication_id, channel, target, state, attempts, created_at, updated_at, "
				+ "next_attempt_at) values (1, ?, ?, ?, 2, timestamp with time zone '2026-12-01 10:00:00+00', "
				+ "timestamp with time zone '2026-12-01 10:05:00+00', timestamp with time zone '2026-12-01 10:10:00+00')";
		jdbc.update(insert, "STATUS_PAGE", "driftinformation", "RETRYING");
		jdbc.update(insert, "TEAMS", "journalen", "RETRYING");
		jdbc.update(insert, "EMAIL", "hc-krokom@example.org", "PENDING");
		jdbc.execute("set referential_integrity true");

		Flyway.configure().dataSource(database).load().migrate();

		List<Map<String, Object>> rows = jdbc
			.queryForList("select channel, state, sent_at, next_attempt_at from delivery order by id");
		assertThat(rows).extracting((row) -> row.get("CHANNEL") + " " + row.get("STATE"))
			.containsExactly("STATUS_PAGE SENT", "TEAMS RETRYING", "EMAIL PENDING");
		assertThat(rows.get(0).get("SENT_AT")).isNotNull();
		assertThat(rows.get(0).get("NEXT_ATTEMPT_AT")).isNull();
		assertThat(rows.get(1).get("SENT_AT")).isNull();
	}

}
