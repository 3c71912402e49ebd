package se.regionjh.reservrutin.faultreport;

/** Where a fault report is in triage, with the Swedish word. */
public enum FaultReportState {

	NEW("ny"), ATTACHED("kopplad till driftstörning"), DECLARED("ny driftstörning"), DISMISSED("inte en driftstörning");

	private final String label;

	FaultReportState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
