package se.regionjh.reservrutin.routines;

/**
 * The ids of processes/RoutineDeficiencyProcess.bpmn that Java code refers to:
 * element ids and variable names. The process has no messages: a unit manager
 * starts it in Tasklist, or code starts it by key.
 */
public final class RoutineDeficiencyProcess {

	public static final String KEY = "RoutineDeficiencyProcess";

	private RoutineDeficiencyProcess() {
	}

	/** BPMN element ids. */
	public static final class Elements {

		public static final String RECORD = "Task_RecordDeficiency";

		public static final String ASSESS = "Task_AssessDeficiency";

		public static final String REJECT = "Task_RecordRejection";

		public static final String READ_DECISION = "Task_ReadDecision";

		public static final String PUBLISH_VERSION = "Task_PublishRoutineVersion";

		public static final String ACKNOWLEDGE = "Task_AcknowledgeNewVersion";

		public static final String REJECTED = "EndEvent_DeficiencyRejected";

		public static final String REVISED = "EndEvent_RoutineRevised";

		private Elements() {
		}

	}

	/** Process variables. */
	public static final class Vars {

		public static final String DESCRIPTION = "description";

		/** Where the report came from: see {@link DeficiencySource}. */
		public static final String SOURCE = "source";

		public static final String UNIT_ID = "unitId";

		public static final String OUTAGE_ID = "outageId";

		public static final String OUTAGE_REFERENCE = "outageReference";

		public static final String UNIT_REVIEW_ID = "unitReviewId";

		/** Given by code that starts the process for someone. */
		public static final String REPORTED_BY = "reportedBy";

		/** The Tasklist user who started the process (camunda:initiator). */
		public static final String STARTED_BY = "startedBy";

		/** Who is told the decision: the reporter, whichever way the report came. */
		public static final String REPORTER = "reporter";

		/** Id of the recorded deficiency (Long). */
		public static final String DEFICIENCY_ID = "deficiencyId";

		/** Management's decision: one of {@link Decisions}. */
		public static final String DECISION = "decision";

		public static final String REJECTION_REASON = "rejectionReason";

		/** The full text of the revised central routine. */
		public static final String REVISED_ROUTINE = "revisedRoutine";

		/** What changed, in Swedish, for the unit managers. */
		public static final String CHANGE_SUMMARY = "changeSummary";

		public static final String ASSESSED_BY = "assessedBy";

		/** The new central routine version (Long). */
		public static final String ROUTINE_VERSION = "routineVersion";

		/** Multi-instance element of the acknowledgements. */
		public static final String ACK_UNIT_ID = "unitId";

		public static final String UNIT_NAME = "unitName";

		/** Shown in the assessment: where the report came from, in Swedish. */
		public static final String SOURCE_LABEL = "sourceLabel";

		/** Shown in the assessment: the central routine version in force (Long). */
		public static final String CURRENT_VERSION = "currentRoutineVersion";

		/** A unit manager's answer: has read the new version. */
		public static final String ACKNOWLEDGED = "acknowledged";

		private Vars() {
		}

	}

	/** Values of {@link Vars#DECISION}. */
	public static final class Decisions {

		public static final String REJECT = "reject";

		public static final String REVISE = "revise";

		private Decisions() {
		}

	}

}
