package se.regionjh.reservrutin.units;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

/**
 * A care unit ("verksamhet") that uses some of the 1177 e-services.
 *
 * @param id stable id, part of the Camunda group ids {@code unit-<id>}
 * @param name Swedish display name
 * @param email the unit's functional mailbox
 * @param manager Camunda user id of the unit manager (enhetschef)
 * @param managerEmail the unit manager's e-mail address
 * @param services ids of the services the unit uses
 */
public record Unit(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String id, @NotBlank String name,
		@NotBlank @Email String email, @NotBlank String manager, @NotBlank @Email String managerEmail,
		@NotEmpty List<String> services) {

	public static final String GROUP_PREFIX = "unit-";

	public static final String MANAGER_GROUP_SUFFIX = "-manager";

	public Unit {
		services = List.copyOf(services);
	}

	/** The Camunda group of everyone working at the unit. */
	public String groupId() {
		return GROUP_PREFIX + this.id;
	}

	/** The Camunda group of the unit's manager(s). */
	public String managerGroupId() {
		return groupId() + MANAGER_GROUP_SUFFIX;
	}

	public boolean uses(String serviceId) {
		return this.services.contains(serviceId);
	}

}
