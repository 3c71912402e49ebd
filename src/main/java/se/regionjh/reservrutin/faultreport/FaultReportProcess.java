package se.regionjh.reservrutin.faultreport;

/**
 * The ids of processes/FaultReportProcess.bpmn that Java code refers to:
 * element ids, message names and variable names.
 */
public final class FaultReportProcess {

	public static final String KEY = "FaultReportProcess";

	private FaultReportProcess() {
	}

	/** BPMN element ids. */
	public static final class Elements {

		public static final String TRIAGE = "Task_TriageFaultReport";

		/** The reporter reads management's answer (reporters with a Tasklist account). */
		public static final String READ_ANSWER = "Task_ReadAnswer";

		/** The answer is recorded for a reporter without a Tasklist account. */
		public static final String ANSWER_RECORDED = "EndEvent_AnswerRecorded";

		private Elements() {
		}

	}

	/** Messages. */
	public static final class Messages {

		/** Start: a report arrives through the API or the mailbox. */
		public static final String RECEIVED = "Message_FaultReportReceived";

		private Messages() {
		}

	}

	/** Process variables. */
	public static final class Vars {

		public static final String FAULT_REPORT_ID = "faultReportId";

		/** Set by the start form's initiator; also given by API intake. */
		public static final String REPORTER = "reporter";

		public static final String UNIT_ID = "reporterUnitId";

		public static final String SERVICES = "services";

		public static final String DESCRIPTION = "description";

		public static final String CONTACT = "contact";

		public static final String SOURCE = "source";

		/** Management's decision: attach, declare or dismiss. */
		public static final String DECISION = "triageDecision";

		/** Journal id of the outage to attach the report to (as text from a select). */
		public static final String ATTACH_TO_OUTAGE = "attachToOutageId";

		/** Options for the attach select: JSON [{label, value}]. */
		public static final String OUTAGE_OPTIONS = "ongoingOutageOptions";

		public static final String ANSWER = "answer";

		public static final String TRIAGED_BY = "triagedBy";

		/** Shown in the triage: the reporter's unit by name. */
		public static final String REPORTER_UNIT_NAME = "reporterUnitName";

		/** Shown in the triage: the services by name. */
		public static final String SERVICES_TEXT = "servicesText";

		/** Shown to the reporter: what management decided, in Swedish. */
		public static final String DECISION_TEXT = "decisionText";

		private Vars() {
		}

	}

	/** Values of {@link Vars#DECISION}. */
	public static final class Decisions {

		public static final String ATTACH = "attach";

		public static final String DECLARE = "declare";

		public static final String DISMISS = "dismiss";

		private Decisions() {
		}

	}

}
