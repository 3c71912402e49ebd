package se.regionjh.reservrutin.intake;

import java.security.Principal;

/**
 * Who called the API, for the journal. Works with or without authentication:
 * the principal is absent when no security is configured.
 */
final class Callers {

	private Callers() {
	}

	/** The source of an Inera notice: {@code API}, or {@code API:user} when someone is signed in. */
	static String source(Principal principal) {
		String name = name(principal);
		return (name != null) ? "API:" + name : "API";
	}

	static String name(Principal principal) {
		if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
			return null;
		}
		return principal.getName();
	}

}
