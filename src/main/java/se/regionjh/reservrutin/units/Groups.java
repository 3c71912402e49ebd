package se.regionjh.reservrutin.units;

/**
 * Camunda group ids that are not derived from the unit registry.
 */
public final class Groups {

	/** The regional management team for the 1177 e-services (förvaltningen). */
	public static final String MANAGEMENT = "forvaltning";

	/** Accounts of the intake systems (mailbox, Teams bridge): may file fault reports in someone else's name. */
	public static final String INTAKE = "intake";

	private Groups() {
	}

}
