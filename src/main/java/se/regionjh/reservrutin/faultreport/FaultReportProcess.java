package se.regionjh.reservrutin.faultreport;

/**
 * The ids of processes/FaultReportProcess.bpmn that Java code refers to.
 */
public final class FaultReportProcess {

	public static final String KEY = "FaultReportProcess";

	/** Start message used when a report arrives through the API or the mailbox. */
	public static final String MESSAGE_RECEIVED = "Message_FaultReportReceived";

	private FaultReportProcess() {
	}

	/** BPMN element ids. */
	public static final class Elements {

		public static final String TRIAGE = "Task_TriageFaultReport";

		private Elements() {
		}

	}

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
