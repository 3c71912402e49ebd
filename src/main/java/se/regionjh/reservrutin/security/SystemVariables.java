package se.regionjh.reservrutin.security;

import java.util.List;
import java.util.Set;

/**
 * The variables a feature's process sets itself: which outage, unit, round,
 * report and person an instance is about. No form submission or REST call may
 * change them; a form may only send one back with its current value (Tasklist
 * sends read-only fields). A feature declares them as a bean beside its
 * process, and {@link VariableWriteGuardFilter} enforces them, so this package
 * names no feature's variables.
 *
 * @param processKey the process definition key
 * @param names the variable names
 */
public record SystemVariables(String processKey, Set<String> names) {

	public SystemVariables {
		names = Set.copyOf(names);
	}

	public SystemVariables(String processKey, String... names) {
		this(processKey, Set.of(names));
	}

	/** Every name any feature declared. */
	static Set<String> union(List<SystemVariables> declared) {
		return declared.stream()
			.flatMap((variables) -> variables.names().stream())
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

}
