package se.regionjh.reservrutin.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.security.AccessRules;
import se.regionjh.reservrutin.security.AccessRules.Role;

/**
 * What the pages' navigation offers the current caller, for the templates
 * ({@code ${@navigation.may('/leveranser')}}). Asked of {@link AccessRules},
 * so no page links to a page that would refuse the caller.
 */
@Component("navigation")
public class Navigation {

	/** Whether the caller may open the page at this path (GET). */
	public boolean may(String path) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return AccessRules.find(HttpMethod.GET, path)
			.map((rule) -> AccessRules.permits(rule, authentication, path))
			.orElse(false);
	}

	public boolean signedIn() {
		return !AccessRules.rolesOf(SecurityContextHolder.getContext().getAuthentication()).contains(Role.ANONYMOUS);
	}

	/** The signed-in caller's user name; null when anonymous. */
	public String userName() {
		return signedIn() ? SecurityContextHolder.getContext().getAuthentication().getName() : null;
	}

}
