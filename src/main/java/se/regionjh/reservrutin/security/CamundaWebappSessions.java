package se.regionjh.reservrutin.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Reads who is logged in to the Camunda webapps (Tasklist, Cockpit, Admin).
 * The webapps keep their own login in the HTTP session, beside Spring Security.
 */
final class CamundaWebappSessions {

	private CamundaWebappSessions() {
	}

	static Optional<UserAuthentication> user(HttpServletRequest request, String engineName) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return Optional.empty();
		}
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		if (authentications == null) {
			return Optional.empty();
		}
		Authentication authentication = authentications.getAuthenticationForProcessEngine(engineName);
		return (authentication instanceof UserAuthentication user) ? Optional.of(user) : Optional.empty();
	}

	static boolean isLoggedIn(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return false;
		}
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		return authentications != null && !authentications.getAuthentications().isEmpty();
	}

	static boolean isAdmin(HttpServletRequest request, String engineName) {
		return user(request, engineName).map((user) -> user.getGroupIds() != null
				&& user.getGroupIds().contains(Groups.CAMUNDA_ADMIN)).orElse(false);
	}

}
