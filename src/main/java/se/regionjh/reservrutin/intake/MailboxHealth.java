package se.regionjh.reservrutin.intake;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health indicator "mailbox": the outcome of the last poll of the
 * functional mailbox. UNKNOWN until the first poll (or when polling is off).
 */
@Component("mailboxHealthIndicator")
class MailboxHealth implements HealthIndicator {

	private final AtomicReference<Health> last = new AtomicReference<>(
			Health.unknown().withDetail("status", "inte avläst ännu").build());

	void reachable(Instant at, int taken, int waiting) {
		this.last.set(Health.up()
			.withDetail("lastPoll", at.toString())
			.withDetail("takenIn", taken)
			.withDetail("waiting", waiting)
			.build());
	}

	void failed(Instant at, Exception error) {
		this.last.set(Health.down().withDetail("lastPoll", at.toString()).withDetail("error", error.toString()).build());
	}

	@Override
	public Health health() {
		return this.last.get();
	}

}
