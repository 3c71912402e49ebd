package se.regionjh.reservrutin.outage;

import java.time.Instant;

/**
 * One line of an outage's timeline. PUBLIC entries may be shown on the status
 * page; INTERNAL ones only to management.
 */
public record JournalEntry(long id, long outageId, Instant occurredAt, EntryType type, Visibility visibility,
		String actor, String unitId, String text, String details) {

	public enum Visibility {

		PUBLIC, INTERNAL

	}

}
