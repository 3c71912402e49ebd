package se.regionjh.reservrutin.publication.delivery;

/**
 * The routine's channels for publications, with the Swedish name management
 * sees in the delivery log.
 */
public enum DeliveryChannel {

	TEAMS("Teams"), EMAIL("E-post"), STATUS_PAGE("Driftinformation");

	private final String label;

	DeliveryChannel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
