package se.regionjh.reservrutin.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sliding window of failed logins per source, with a clock the test moves. */
class LoginSourceLimitTest {

	private Instant now = Instant.parse("2026-12-03T10:00:00Z");

	private final LoginSourceLimit limit = new LoginSourceLimit(3, Duration.ofMinutes(10), new Clock() {

		@Override
		public Instant instant() {
			return LoginSourceLimitTest.this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	});

	@Test
	void aSourceWithTooManyFailuresWaitsUntilTheOldestLeavesTheWindowAndOthersDoNot() {
		this.limit.failed("10.0.0.1");
		this.now = this.now.plus(Duration.ofMinutes(2));
		this.limit.failed("10.0.0.1");
		assertThat(this.limit.waitFor("10.0.0.1")).isZero();
		this.limit.failed("10.0.0.1");

		assertThat(this.limit.waitFor("10.0.0.1")).isEqualTo(Duration.ofMinutes(8));
		assertThat(this.limit.waitFor("10.0.0.2")).isZero();

		this.now = this.now.plus(Duration.ofMinutes(8));
		assertThat(this.limit.waitFor("10.0.0.1")).isZero();
	}

}
