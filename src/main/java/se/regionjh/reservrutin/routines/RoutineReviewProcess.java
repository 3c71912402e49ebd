package se.regionjh.reservrutin.routines;

/**
 * The ids of processes/RoutineReviewProcess.bpmn that Java code refers to.
 */
public final class RoutineReviewProcess {

	public static final String KEY = "RoutineReviewProcess";

	/** The Spring bean the start timer's time cycle calls. */
	public static final String SCHEDULE_BEAN = "routineReviewSchedule";

	public static final String TASK_OPEN_ROUND = "Task_OpenReviewRound";

	public static final String SUBPROCESS_UNIT_REVIEW = "SubProcess_UnitReview";

	public static final String TASK_REVIEW = "Task_ReviewRoutines";

	public static final String BOUNDARY_REMINDER = "BoundaryEvent_ReminderDue";

	public static final String BOUNDARY_OVERDUE = "BoundaryEvent_ReviewOverdue";

	public static final String TASK_REMIND = "Task_RemindUnitManager";

	public static final String TASK_ESCALATE = "Task_EscalateOverdueReview";

	public static final String TASK_RECORD = "Task_RecordReview";

	public static final String TASK_REPORT_DEFICIENCY = "Task_ReportDeficiency";

	public static final String TASK_CLOSE_ROUND = "Task_CloseReviewRound";

	public static final String END_EVENT = "EndEvent_ReviewRoundClosed";

	private RoutineReviewProcess() {
	}

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
