package se.regionjh.reservrutin.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins counted per source address in a sliding window. A source with
 * {@code maxFailures} failures inside {@code window} may not try again until
 * its oldest failure leaves the window. It limits the source, never the
 * account: a person logging in from elsewhere is not stopped, and nothing is
 * locked for good. In memory, per node.
 */
class LoginSourceLimit {

	/** So that a flood of spoofed sources cannot grow the map without end. */
	static final int MAX_SOURCES = 100_000;

	private final int maxFailures;

	private final Duration window;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	LoginSourceLimit(int maxFailures, Duration window, Clock clock) {
		this.maxFailures = maxFailures;
		this.window = window;
		this.clock = clock;
	}

	/** How long the source must wait, or {@link Duration#ZERO} when it may try. */
	Duration waitFor(String source) {
		Deque<Instant> recent = this.failures.get(source);
		if (recent == null) {
			return Duration.ZERO;
		}
		synchronized (recent) {
			Instant now = this.clock.instant();
			prune(recent, now);
			if (recent.size() < this.maxFailures) {
				return Duration.ZERO;
			}
			return Duration.between(now, recent.peekFirst().plus(this.window));
		}
	}

	void failed(String source) {
		if (this.failures.size() >= MAX_SOURCES) {
			this.failures.entrySet().removeIf((entry) -> {
				synchronized (entry.getValue()) {
					prune(entry.getValue(), this.clock.instant());
					return entry.getValue().isEmpty();
				}
			});
		}
		Deque<Instant> recent = this.failures.computeIfAbsent(source, (s) -> new ArrayDeque<>());
		synchronized (recent) {
			Instant now = this.clock.instant();
			prune(recent, now);
			recent.addLast(now);
			while (recent.size() > this.maxFailures) {
				recent.removeFirst();
			}
		}
	}

	private void prune(Deque<Instant> recent, Instant now) {
		Instant oldest = now.minus(this.window);
		while (!recent.isEmpty() && !recent.peekFirst().isAfter(oldest)) {
			recent.removeFirst();
		}
	}

}
