package se.regionjh.reservrutin.outage;

/**
 * Events the journal publishes inside the transaction that wrote them. Listen
 * with {@code @TransactionalEventListener} to act after commit (the status page
 * snapshot), or with {@code @EventListener} to write in the same transaction
 * (the delivery outbox).
 */
public final class JournalEvents {

	private JournalEvents() {
	}

	/** Something about the outage changed: its facts or its timeline. */
	public record JournalChanged(long outageId) {
	}

	/**
	 * Management declared a fault report to be a new outage, and the outage is
	 * now open; the fault reports record which outage it became, in the same
	 * transaction.
	 */
	public record OpenedFromFaultReport(long faultReportId, long outageId) {
	}

	/** A publication was recorded and must now be delivered. */
	public record PublicationRecorded(Publication publication) {
	}

	/**
	 * The closing review of an outage found a deficiency in the central routine
	 * (R7); the routines start a deficiency process in the same transaction.
	 */
	public record DeficiencyReported(long outageId, String outageReference, String description, String reportedBy) {
	}

}
