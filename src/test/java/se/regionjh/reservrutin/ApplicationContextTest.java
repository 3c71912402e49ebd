package se.regionjh.reservrutin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionjh.reservrutin.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApplicationContextTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void contextStartsAndMigratesTheJournal() {
		assertThat(this.jdbc.sql("select count(*) from outage").query(Long.class).single()).isNotNull();
	}

}
