package se.regionjh.reservrutin.units;

/**
 * Camunda group ids that are not derived from the unit registry.
 */
public final class Groups {

	/** The regional management team for the 1177 e-services (förvaltningen). */
	public static final String MANAGEMENT = "forvaltning";

	private Groups() {
	}

}
