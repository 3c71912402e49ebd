package se.regionjh.reservrutin.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks user name and password against Camunda's identity service, the same
 * users (database or LDAP) that log in to Tasklist. Every check goes through
 * {@link IdentityService#checkPassword}, so the engine's login throttling
 * (loginDelay*, loginMaxAttempts) applies to HTTP Basic as well.
 */
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

	private final IdentityService identityService;

	CamundaIdentityAuthenticationProvider(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (userId == null || userId.isBlank() || credentials == null
				|| !this.identityService.checkPassword(userId, credentials.toString())) {
			throw new BadCredentialsException("Bad credentials");
		}
		CamundaUser user = load(this.identityService, userId);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** The user's groups and tenants as the engine knows them. */
	static CamundaUser load(IdentityService identityService, String userId) {
		List<String> groups = identityService.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		List<String> tenants = identityService.createTenantQuery()
			.userMember(userId)
			.includingGroupsOfUser(true)
			.list()
			.stream()
			.map(Tenant::getId)
			.toList();
		return new CamundaUser(userId, groups, tenants);
	}

	/** The authenticated principal: a Camunda user id with its groups and tenants. */
	record CamundaUser(String id, List<String> groupIds, List<String> tenantIds) implements java.security.Principal {

		CamundaUser {
			groupIds = List.copyOf(groupIds);
			tenantIds = List.copyOf(tenantIds);
		}

		@Override
		public String getName() {
			return this.id;
		}

		boolean isAdmin() {
			return this.groupIds.contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);
		}

		List<GrantedAuthority> authorities() {
			return this.groupIds.stream()
				.<GrantedAuthority>map((group) -> new SimpleGrantedAuthority(GROUP_AUTHORITY_PREFIX + group))
				.toList();
		}

		@Override
		public String toString() {
			return this.id;
		}

	}

}
