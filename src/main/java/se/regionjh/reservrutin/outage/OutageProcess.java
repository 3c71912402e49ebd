package se.regionjh.reservrutin.outage;

/**
 * The ids of processes/OutageProcess.bpmn that Java code refers to: message
 * names, variable names and element ids. Java never repeats these literals.
 */
public final class OutageProcess {

	public static final String KEY = "OutageProcess";

	private OutageProcess() {
	}

	/** BPMN element ids. */
	public static final class Elements {

		/** Where every start meets; runs in the caller's transaction. */
		public static final String REGISTER_OUTAGE = "Task_RegisterOutage";

		public static final String ASSESS_OUTAGE = "Task_AssessOutage";

		public static final String UPDATE_STATUS = "Task_UpdateStatus";

		public static final String CONFIRM_RECOVERY = "Task_ConfirmRecovery";

		public static final String MANAGE_PLANNED_OUTAGE = "Task_ManagePlannedOutage";

		public static final String FOLLOW_LOCAL_ROUTINE = "Task_FollowLocalRoutine";

		public static final String RAISE_PHONE_AVAILABILITY = "Task_RaisePhoneAvailability";

		public static final String REVIEW_CASES = "Task_ReviewCases";

		public static final String CLOSE_REMAINING_REVIEWS = "Task_CloseRemainingReviews";

		public static final String CLOSE_OUTAGE = "Task_CloseOutage";

		/** Start of the subprocess "Driftstörningen pågår" ("Störningen har börjat"). */
		public static final String ONGOING_STARTED = "StartEvent_Ongoing";

		public static final String LOGIN_TIMER = "Timer_LoginOutageLong";

		public static final String PLANNED_START_TIMER = "Timer_PlannedStartReached";

		public static final String UNIT_REMINDER_TIMER = "Timer_WorkingDayBeforeStart";

		private Elements() {
		}

	}

	/** Messages. Inera's are correlated by the variable {@link Vars#INERA_REFERENCE}. */
	public static final class Messages {

		/** Start: Inera announces a planned outage. */
		public static final String INERA_PLANNED_NOTICE = "Message_IneraPlannedOutageNotice";

		/** Start: Inera reports an incident that is happening now. */
		public static final String INERA_INCIDENT_NOTICE = "Message_IneraIncidentNotice";

		/** Start: management judged a fault report to be a new outage. */
		public static final String DECLARED_FROM_FAULT_REPORT = "Message_OutageDeclaredFromFaultReport";

		/** Inera changed a planned window (before start) or sent an update (during). */
		public static final String INERA_UPDATED = "Message_IneraNoticeUpdated";

		/** Inera cancelled a planned window. */
		public static final String INERA_CANCELLED = "Message_IneraNoticeCancelled";

		/** Inera says the problem is solved. */
		public static final String INERA_RESOLVED = "Message_IneraNoticeResolved";

		private Messages() {
		}

	}

	/** Process variables. */
	public static final class Vars {

		/** Journal id of the outage (Long). */
		public static final String OUTAGE_ID = "outageId";

		/** Human reference such as DS-2026-0007, shown in Tasklist. */
		public static final String OUTAGE_REFERENCE = "outageReference";

		public static final String INERA_REFERENCE = "ineraReference";

		public static final String TITLE = "title";

		/** Service ids: a JSON array (Camunda Forms checklist), a list, or comma-separated text. */
		public static final String SERVICES = "services";

		/** Unit ids; empty means every unit that uses an affected service. */
		public static final String AFFECTED_UNITS = "affectedUnits";

		public static final String PLANNED = "planned";

		public static final String LOGIN_AFFECTED = "loginAffected";

		/** ISO-8601 date-time (with offset, or local Swedish time). */
		public static final String STARTS_AT = "startsAt";

		/** The forecast: ISO-8601 date-time. */
		public static final String EXPECTED_END = "expectedEnd";

		public static final String NEXT_UPDATE_AT = "nextUpdateAt";

		/** The Swedish text to publish. */
		public static final String PUBLIC_TEXT = "publicText";

		/** The notice or report text that started the outage. */
		public static final String ORIGIN_TEXT = "originText";

		public static final String FAULT_REPORT_ID = "faultReportId";

		public static final String INERA_INFO_PRESENT = "ineraInfoPresent";

		public static final String UNIT_TASKS_REQUESTED = "unitTasksRequested";

		public static final String SERVICE_RESTORED = "serviceRestored";

		/** Set by a status update: units asked for the first time now, so their tasks start. */
		public static final String UNITS_ASKED_NOW = "unitsAskedNow";

		/** Set by a status update: login newly affected, so the day rule starts. */
		public static final String LOGIN_NEWLY_AFFECTED = "loginNewlyAffected";

		public static final String STATUS_TEXT = "statusText";

		/** When the service came back, as management states it (ISO-8601); empty means now. */
		public static final String RESTORED_AT = "restoredAt";

		/** Inera's own words when it says the problem is solved, shown to management to confirm. */
		public static final String INERA_RESOLVED_TEXT = "ineraResolvedText";

		/** Management's answer to Inera's "resolved": is the service really back? */
		public static final String RECOVERY_CONFIRMED = "recoveryConfirmed";

		/** The text published with a confirmed recovery; empty publishes Inera's text. */
		public static final String RESTORED_TEXT = "restoredText";

		/** Why management did not confirm Inera's "resolved". */
		public static final String RECOVERY_COMMENT = "recoveryComment";

		/** Planned-outage change from management: one of {@link PlannedChanges}. */
		public static final String PLANNED_CHANGE = "plannedChange";

		public static final String CHANGE_REASON = "changeReason";

		/** Multi-instance element variable. */
		public static final String UNIT_ID = "unitId";

		public static final String UNIT_NAME = "unitName";

		public static final String CASES_REVIEWED = "casesReviewed";

		public static final String CASES_CLOSED_WITHOUT_REPLY = "casesClosedWithoutReply";

		public static final String PATIENTS_PHONED = "patientsPhoned";

		public static final String REVIEW_COMMENT = "reviewComment";

		public static final String CLOSE_REASON = "closeReason";

		public static final String SUMMARY = "summary";

		public static final String DEFICIENCY_FOUND = "deficiencyFound";

		public static final String DEFICIENCY_DESCRIPTION = "deficiencyDescription";

		/** The options of the affected-units checklist: JSON [{label, value}]. */
		public static final String UNIT_OPTIONS = "unitOptions";

		/** A unit task's checklist text (task-local, set when the task is created). */
		public static final String CHECKLIST = "checklist";

		/** A unit task's answer: the unit has worked through its checklist. */
		public static final String CONFIRMED = "confirmed";

		/** A unit task's optional comment. */
		public static final String UNIT_COMMENT = "unitComment";

		/** The Tasklist user who declared the outage (camunda:initiator). */
		public static final String DECLARED_BY = "declaredBy";

		/** Who judged a fault report to be a new outage (given with the start message). */
		public static final String TRIAGED_BY = "triagedBy";

		/** Who completed the user task before a service task (set by the actors bean). */
		public static final String ASSESSED_BY = "assessedBy";

		public static final String UPDATED_BY = "updatedBy";

		public static final String CHANGED_BY = "changedBy";

		public static final String REVIEWED_BY = "reviewedBy";

		public static final String REVIEWS_CLOSED_BY = "reviewsClosedBy";

		public static final String CLOSED_BY = "closedBy";

		private Vars() {
		}

	}

	/** Values of {@link Vars#PLANNED_CHANGE}. */
	public static final class PlannedChanges {

		public static final String RESCHEDULE = "reschedule";

		public static final String CANCEL = "cancel";

		private PlannedChanges() {
		}

	}

}
