package se.regionjh.reservrutin.templates;

import java.time.Instant;

/** A frozen, dated copy of the archive. */
public record TemplateSnapshot(long id, Instant takenAt, String takenBy, String note, int templateCount) {
}
