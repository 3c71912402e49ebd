package se.regionjh.reservrutin.templates;

import java.time.Instant;

/**
 * One version of a citizen-case template, as stored: never changed after it
 * was written.
 */
public record Template(long id, long versionId, int version, String title, String category, String body,
		String fileName, String fileType, Long fileSize, Instant createdAt, String createdBy) {

	public boolean hasFile() {
		return this.fileName != null;
	}

}
