package se.regionjh.reservrutin.publication.delivery;

/**
 * The routine's channels for publications, with the Swedish name management
 * sees in the delivery log. The status page is not one of them (it is a read
 * model of the journal); {@link #STATUS_PAGE} names only the rows written
 * before that, which the log still shows (V7 marked the unsent ones sent).
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
