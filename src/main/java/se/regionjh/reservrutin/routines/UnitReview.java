package se.regionjh.reservrutin.routines;

import java.time.Instant;

/** One unit's part of a review round, with the manager's answers once done. */
public record UnitReview(long id, long roundId, String unitId, String unitName, Instant dueAt, Instant remindedAt,
		Instant escalatedAt, Instant completedAt, String completedBy, Boolean staffInformed,
		Boolean usesCurrentVersion, Boolean hasLocalRoutine, String localRoutineVersion, String localRoutineLink,
		Boolean deficiencyFound, String deficiencyDescription, Long deficiencyId) {

	public enum Status {

		DONE("Klar"), OVERDUE("Försenad"), OPEN("Pågår");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public Status status(Instant now) {
		if (this.completedAt != null) {
			return Status.DONE;
		}
		return now.isAfter(this.dueAt) ? Status.OVERDUE : Status.OPEN;
	}

	/** The answers to record when the manager completes the review. */
	public record Answers(boolean staffInformed, boolean usesCurrentVersion, boolean hasLocalRoutine,
			String localRoutineVersion, String localRoutineLink, boolean deficiencyFound,
			String deficiencyDescription) {
	}

}
