package se.regionjh.reservrutin.publication.delivery;

/**
 * The ids of processes/PublicationDeliveryProcess.bpmn that Java refers to.
 */
public final class PublicationDeliveryProcess {

	public static final String KEY = "PublicationDeliveryProcess";

	/** The start message the delivery outbox sends, one per delivery. */
	public static final String MESSAGE_PUBLICATION_RECORDED = "Message_PublicationRecorded";

	public static final String TASK_DELIVER = "Task_DeliverPublication";

	/** The delivery log row this instance delivers (Long). */
	public static final String VAR_DELIVERY_ID = "deliveryId";

	/** The business key names the delivery, so Cockpit and the log point at each other. */
	static String businessKey(long deliveryId) {
		return "leverans-" + deliveryId;
	}

	private PublicationDeliveryProcess() {
	}

}
