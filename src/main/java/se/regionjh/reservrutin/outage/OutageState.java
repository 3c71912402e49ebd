package se.regionjh.reservrutin.outage;

/**
 * Where an outage is in its life, with the Swedish word users see.
 */
public enum OutageState {

	/** Reported or announced, not yet assessed by management. */
	NEW("under bedömning"),
	/** Announced ahead; the planned start has not come. */
	PLANNED("planerad"),
	ONGOING("pågår"),
	/** The service is back; units review their cases. */
	RESOLVED("åter i drift"),
	/** Management has closed the follow-up. */
	CLOSED("avslutad"),
	CANCELLED("inställd");

	private final String label;

	OutageState(String label) {
		this.label = label;
	}

	/** The Swedish word for the state. */
	public String label() {
		return this.label;
	}

}
