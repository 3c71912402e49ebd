package se.regionjh.reservrutin.routines;

/**
 * The ids of processes/RoutineReviewProcess.bpmn that Java code refers to:
 * element ids and variable names. The process has no messages: a timer starts it.
 */
public final class RoutineReviewProcess {

	public static final String KEY = "RoutineReviewProcess";

	/** The Spring bean the start timer's time cycle calls. */
	public static final String SCHEDULE_BEAN = "routineReviewSchedule";

	private RoutineReviewProcess() {
	}

	/** BPMN element ids. */
	public static final class Elements {

		public static final String OPEN_ROUND = "Task_OpenReviewRound";

		public static final String UNIT_REVIEW = "SubProcess_UnitReview";

		public static final String REVIEW = "Task_ReviewRoutines";

		public static final String REMINDER_DUE = "BoundaryEvent_ReminderDue";

		public static final String REVIEW_OVERDUE = "BoundaryEvent_ReviewOverdue";

		public static final String REMIND = "Task_RemindUnitManager";

		public static final String ESCALATE = "Task_EscalateOverdueReview";

		public static final String RECORD = "Task_RecordReview";

		public static final String REPORT_DEFICIENCY = "Task_ReportDeficiency";

		public static final String CLOSE_ROUND = "Task_CloseReviewRound";

		public static final String ROUND_CLOSED = "EndEvent_ReviewRoundClosed";

		private Elements() {
		}

	}

	/** Process variables. */
	public static final class Vars {

		/** Id of the review round (Long). */
		public static final String ROUND_ID = "reviewRoundId";

		/** The due date of every unit's review (Date). */
		public static final String DUE_AT = "reviewDueAt";

		/** When the managers who have not finished are reminded (Date). */
		public static final String REMIND_AT = "reviewRemindAt";

		/** The central routine version in force when the round started (Long). */
		public static final String CENTRAL_VERSION = "centralRoutineVersion";

		/** Multi-instance element: the unit under review. */
		public static final String UNIT_ID = "unitId";

		/** Shown in the task. */
		public static final String UNIT_NAME = "unitName";

		public static final String CURRENT_LOCAL_ROUTINE = "currentLocalRoutine";

		/** The answers, local to each unit's review. */
		public static final String STAFF_INFORMED = "staffInformed";

		public static final String USES_CURRENT_VERSION = "usesCurrentVersion";

		public static final String HAS_LOCAL_ROUTINE = "hasLocalRoutine";

		public static final String LOCAL_ROUTINE_VERSION = "localRoutineVersion";

		public static final String LOCAL_ROUTINE_LINK = "localRoutineLink";

		public static final String DEFICIENCY_FOUND = "deficiencyFound";

		public static final String DEFICIENCY_DESCRIPTION = "deficiencyDescription";

		public static final String REVIEWED_BY = "reviewedBy";

		/** Id of the recorded unit review (Long). */
		public static final String UNIT_REVIEW_ID = "unitReviewId";

		private Vars() {
		}

	}

}
