package se.regionjh.reservrutin.publication.delivery;

/**
 * Where one delivery stands, with the Swedish word shown in the delivery log.
 */
public enum DeliveryState {

	/** Recorded; its job has not run yet. */
	PENDING("väntar"),
	SENT("skickad"),
	/** Failed at least once; the job runs again at {@code nextAttemptAt}. */
	RETRYING("nytt försök väntar"),
	/** Out of retries or refused for good: a Camunda incident waits in Cockpit. */
	FAILED("misslyckad"),
	/** The channel has no configuration for this target, so nothing was sent. */
	NOT_CONFIGURED("ej konfigurerad");

	private final String label;

	DeliveryState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
