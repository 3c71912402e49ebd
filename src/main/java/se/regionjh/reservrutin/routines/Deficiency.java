package se.regionjh.reservrutin.routines;

import java.time.Instant;

/** A reported deficiency in the central routine (R7) and management's decision. */
public record Deficiency(long id, Instant reportedAt, String reportedBy, String unitId, DeficiencySource source,
		Long outageId, String outageReference, Long unitReviewId, String description, State state,
		String decisionReason, String decidedBy, Instant decidedAt, Integer routineVersion, String processInstanceId) {

	public enum State {

		OPEN("Ej bedömd"), REJECTED("Avvisad"), REVISED("Rutinen reviderad");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** A report, before it is recorded. */
	public record Report(DeficiencySource source, String description, String reportedBy, String unitId,
			Long outageId, String outageReference, Long unitReviewId) {
	}

}
