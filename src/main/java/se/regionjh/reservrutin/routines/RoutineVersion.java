package se.regionjh.reservrutin.routines;

import java.time.Instant;

/** One version of the central routine (R1). */
public record RoutineVersion(int version, String body, String changeSummary, Long deficiencyId, Instant createdAt,
		String createdBy) {
}
