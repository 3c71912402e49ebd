package se.regionjh.reservrutin.publication.delivery;

/**
 * The ids of processes/PublicationDeliveryProcess.bpmn that Java code refers
 * to: element ids, message names and variable names.
 */
public final class PublicationDeliveryProcess {

	public static final String KEY = "PublicationDeliveryProcess";

	/** The business key names the delivery, so Cockpit and the log point at each other. */
	static String businessKey(long deliveryId) {
		return "leverans-" + deliveryId;
	}

	private PublicationDeliveryProcess() {
	}

	/** BPMN element ids. */
	public static final class Elements {

		public static final String DELIVER = "Task_DeliverPublication";

		public static final String DELIVERED = "EndEvent_PublicationDelivered";

		private Elements() {
		}

	}

	/** Messages. */
	public static final class Messages {

		/** Start: the delivery outbox sends one per delivery. */
		public static final String PUBLICATION_RECORDED = "Message_PublicationRecorded";

		private Messages() {
		}

	}

	/** Process variables. */
	public static final class Vars {

		/** The delivery log row this instance delivers (Long). */
		public static final String DELIVERY_ID = "deliveryId";

		private Vars() {
		}

	}

}
