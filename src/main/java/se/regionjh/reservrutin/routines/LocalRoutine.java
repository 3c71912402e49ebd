package se.regionjh.reservrutin.routines;

import java.time.Instant;

/**
 * A recorded version of a unit's local routine (R6): its text, a link to where
 * the unit keeps it, or both.
 *
 * @param source "PAGE" (written on the unit's page) or "REVIEW" (given in the yearly review)
 */
public record LocalRoutine(long id, String unitId, String versionLabel, String body, String link, Instant recordedAt,
		String recordedBy, String source) {
}
