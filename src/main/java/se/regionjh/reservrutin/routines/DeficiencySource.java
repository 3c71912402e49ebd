package se.regionjh.reservrutin.routines;

/** How a deficiency in the central routine came to be reported. */
public enum DeficiencySource {

	/** A unit manager started the process in Tasklist. */
	TASKLIST("Anmäld i Tasklist"),
	/** The yearly review of a unit. */
	REVIEW("Årlig granskning"),
	/** The closing review of an outage. */
	OUTAGE("Uppföljning av driftstörning");

	private final String label;

	DeficiencySource(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
