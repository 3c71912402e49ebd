package se.regionjh.reservrutin.security;

/**
 * Which of every unit's groups may start a feature's process in Tasklist
 * (management may start all). A feature declares it as a bean beside its
 * process; {@link AuthorizationSetup} grants it, so this package names no
 * feature's process.
 *
 * @param processKey the process definition key
 * @param starters which of a unit's groups may start it
 */
public record ProcessStarters(String processKey, Starters starters) {

	public enum Starters {

		/** The unit's staff group and its managers' group. */
		UNIT_STAFF_AND_MANAGERS,

		/** The unit's managers' group only. */
		UNIT_MANAGERS

	}

}
