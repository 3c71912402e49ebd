package se.regionjh.reservrutin.routines;

/**
 * The ids of processes/RoutineDeficiencyProcess.bpmn that Java code refers to.
 */
public final class RoutineDeficiencyProcess {

	public static final String KEY = "RoutineDeficiencyProcess";

	public static final String TASK_RECORD = "Task_RecordDeficiency";

	public static final String TASK_ASSESS = "Task_AssessDeficiency";

	public static final String TASK_REJECT = "Task_RecordRejection";

	public static final String TASK_READ_DECISION = "Task_ReadDecision";

	public static final String TASK_PUBLISH_VERSION = "Task_PublishRoutineVersion";

	public static final String TASK_ACKNOWLEDGE = "Task_AcknowledgeNewVersion";

	public static final String END_REJECTED = "EndEvent_DeficiencyRejected";

	public static final String END_REVISED = "EndEvent_RoutineRevised";

	/** Values of {@link Vars#DECISION}. */
	public static final String DECISION_REJECT = "reject";

	public static final String DECISION_REVISE = "revise";

	private RoutineDeficiencyProcess() {
	}

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

		/** Management's decision: {@link RoutineDeficiencyProcess#DECISION_REJECT} or {@link RoutineDeficiencyProcess#DECISION_REVISE}. */
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

		private Vars() {
		}

	}

}
