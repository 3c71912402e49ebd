package se.regionjh.reservrutin.routines;

import java.time.Instant;

/** One year's review of the routines by every unit manager. */
public record ReviewRound(long id, Instant startedAt, Instant dueAt, int centralVersion, String processInstanceId,
		Instant closedAt) {
}
