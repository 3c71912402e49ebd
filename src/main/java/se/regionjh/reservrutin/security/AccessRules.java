package se.regionjh.reservrutin.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import se.regionjh.reservrutin.units.Groups;
import se.regionjh.reservrutin.units.Unit;

import static org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

/**
 * Who may call which page or API of this application, written once. The
 * security filter chains are built from {@link #RULES}; AccessRulesMatrixTest
 * calls every row as every role, and fails when a controller mapping has no row.
 * The engine's own API (/engine-rest, /camunda) is governed by the engine's
 * authorizations and is not listed here. Rows marked {@code ownUnit} grant the
 * unit roles only for the unit named in the path ({@code {unitId}}); what a
 * permitted caller then sees of one record (an outage's entries, a fault
 * report) is narrowed in the controller with {@link #unitsOf} and {@link #rolesOf}.
 */
public final class AccessRules {

	/** The roles of the model; a user may hold several. */
	public enum Role {

		ANONYMOUS, UNIT_STAFF, UNIT_MANAGER, MANAGEMENT, ADMIN, INTAKE

	}

	/** One row: a method and path pattern, who may call it, and whether unit roles count only for their own unit. */
	public record Rule(HttpMethod method, String pattern, Set<Role> allowed, boolean ownUnit) {

		public boolean matches(HttpMethod requestMethod, String path) {
			return this.method.equals(requestMethod) && parsed().matches(PathContainer.parsePath(path));
		}

		PathPattern parsed() {
			return PathPatternParser.defaultInstance.parse(this.pattern);
		}

	}

	private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

	private static final Set<Role> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Role.ANONYMOUS));

	private static final Set<Role> STAFF_AND_UP = EnumSet.of(Role.UNIT_STAFF, Role.UNIT_MANAGER, Role.MANAGEMENT,
			Role.ADMIN);

	private static final Set<Role> MANAGEMENT = EnumSet.of(Role.MANAGEMENT, Role.ADMIN);

	private static final Set<Role> MANAGEMENT_AND_INTAKE = EnumSet.of(Role.MANAGEMENT, Role.ADMIN, Role.INTAKE);

	private static final Set<Role> OWN_UNIT_MANAGER_OR_MANAGEMENT = EnumSet.of(Role.UNIT_MANAGER, Role.MANAGEMENT,
			Role.ADMIN);

	public static final List<Rule> RULES = List.of(
			// Public: the start page, the status page, its feeds and JSON, the login page.
			rule(HttpMethod.GET, "/", EVERYONE),
			rule(HttpMethod.GET, "/api/status", EVERYONE),
			rule(HttpMethod.GET, "/driftinformation", EVERYONE),
			rule(HttpMethod.GET, "/driftinformation/{reference}", EVERYONE),
			rule(HttpMethod.GET, "/driftinformation/feed.atom", EVERYONE),
			rule(HttpMethod.GET, "/driftinformation/planerade.ics", EVERYONE),
			rule(HttpMethod.GET, "/login", EVERYONE),
			// Outages: every signed-in user; OutageApi hides other units' internal entries.
			rule(HttpMethod.GET, "/api/outages", SIGNED_IN),
			rule(HttpMethod.GET, "/api/outages/{id}", SIGNED_IN),
			// Intake: Inera notices from management or the intake account; fault reports from anyone signed in
			// (FaultReportController: reporter and unit are the caller's own unless the caller is the intake account).
			rule(HttpMethod.POST, "/api/inera-notices", MANAGEMENT_AND_INTAKE),
			rule(HttpMethod.GET, "/api/inera-notices/{reference}", SIGNED_IN),
			rule(HttpMethod.POST, "/api/fault-reports", SIGNED_IN),
			rule(HttpMethod.GET, "/api/fault-reports/{id}", SIGNED_IN),
			rule(HttpMethod.GET, "/api/intake/errors", MANAGEMENT),
			rule(HttpMethod.POST, "/api/intake/errors/{id}/acknowledgement", MANAGEMENT),
			rule(HttpMethod.GET, "/intag", MANAGEMENT),
			// The delivery log names every recipient.
			rule(HttpMethod.GET, "/leveranser", MANAGEMENT),
			rule(HttpMethod.GET, "/api/deliveries", MANAGEMENT),
			// Central citizen-case templates: read by staff, written by management.
			rule(HttpMethod.GET, "/mallar", STAFF_AND_UP),
			rule(HttpMethod.GET, "/mallar/ny", MANAGEMENT),
			rule(HttpMethod.POST, "/mallar", MANAGEMENT),
			rule(HttpMethod.GET, "/mallar/{templateId}", STAFF_AND_UP),
			rule(HttpMethod.POST, "/mallar/{templateId}", MANAGEMENT),
			rule(HttpMethod.GET, "/mallar/filer/{versionId}", STAFF_AND_UP),
			rule(HttpMethod.GET, "/mallar/ogonblicksbilder/{snapshotId}", STAFF_AND_UP),
			rule(HttpMethod.GET, "/mallar/senaste.pdf", STAFF_AND_UP),
			// Routines: read by staff; a unit's local routine written by its own manager or management.
			rule(HttpMethod.GET, "/reservrutiner", STAFF_AND_UP),
			rule(HttpMethod.GET, "/reservrutiner/central/{version}", STAFF_AND_UP),
			rule(HttpMethod.GET, "/reservrutiner/enheter/{unitId}", STAFF_AND_UP),
			new Rule(HttpMethod.POST, "/reservrutiner/enheter/{unitId}", OWN_UNIT_MANAGER_OR_MANAGEMENT, true),
			rule(HttpMethod.GET, "/reservrutiner/granskning", MANAGEMENT));

	private AccessRules() {
	}

	private static Rule rule(HttpMethod method, String pattern, Set<Role> allowed) {
		return new Rule(method, pattern, allowed, false);
	}

	/** The first row for a request, if any. */
	public static Optional<Rule> find(HttpMethod method, String path) {
		return RULES.stream().filter((rule) -> rule.matches(method, path)).findFirst();
	}

	/** Whether the caller may call the row's endpoint at this path. */
	public static boolean permits(Rule rule, Authentication authentication, String path) {
		if (rule.allowed().contains(Role.ANONYMOUS)) {
			return true;
		}
		Set<Role> roles = rolesOf(authentication);
		if (roles.contains(Role.MANAGEMENT) && rule.allowed().contains(Role.MANAGEMENT)
				|| roles.contains(Role.ADMIN) && rule.allowed().contains(Role.ADMIN)
				|| roles.contains(Role.INTAKE) && rule.allowed().contains(Role.INTAKE)) {
			return true;
		}
		if (!rule.ownUnit()) {
			return roles.stream().anyMatch(rule.allowed()::contains);
		}
		Map<String, String> variables = rule.parsed().matchAndExtract(PathContainer.parsePath(path)).getUriVariables();
		String unitId = variables.get("unitId");
		return (rule.allowed().contains(Role.UNIT_MANAGER) && managedUnitsOf(authentication).contains(unitId))
				|| (rule.allowed().contains(Role.UNIT_STAFF) && unitsOf(authentication).contains(unitId));
	}

	public static Set<Role> rolesOf(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return EnumSet.of(Role.ANONYMOUS);
		}
		Set<String> groups = groupsOf(authentication);
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (groups.contains(Groups.MANAGEMENT)) {
			roles.add(Role.MANAGEMENT);
		}
		if (groups.contains(CAMUNDA_ADMIN)) {
			roles.add(Role.ADMIN);
		}
		if (groups.contains(Groups.INTAKE)) {
			roles.add(Role.INTAKE);
		}
		if (!unitsOf(authentication).isEmpty()) {
			roles.add(Role.UNIT_STAFF);
		}
		if (!managedUnitsOf(authentication).isEmpty()) {
			roles.add(Role.UNIT_MANAGER);
		}
		return roles;
	}

	/** The ids of the units the caller works at (groups {@code unit-<id>}). */
	public static Set<String> unitsOf(Authentication authentication) {
		return groupsOf(authentication).stream()
			.filter((group) -> group.startsWith(Unit.GROUP_PREFIX) && !group.endsWith(Unit.MANAGER_GROUP_SUFFIX))
			.map((group) -> group.substring(Unit.GROUP_PREFIX.length()))
			.collect(Collectors.toSet());
	}

	/** The ids of the units the caller manages (groups {@code unit-<id>-manager}). */
	public static Set<String> managedUnitsOf(Authentication authentication) {
		return groupsOf(authentication).stream()
			.filter((group) -> group.startsWith(Unit.GROUP_PREFIX) && group.endsWith(Unit.MANAGER_GROUP_SUFFIX))
			.map((group) -> group.substring(Unit.GROUP_PREFIX.length(),
					group.length() - Unit.MANAGER_GROUP_SUFFIX.length()))
			.collect(Collectors.toSet());
	}

	private static Set<String> groupsOf(Authentication authentication) {
		if (authentication == null) {
			return Set.of();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith(CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX))
			.map((authority) -> authority.substring(CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX.length()))
			.collect(Collectors.toSet());
	}

}
