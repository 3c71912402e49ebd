package se.regionjh.reservrutin.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.regionjh.reservrutin.security.AccessRules.Role;
import se.regionjh.reservrutin.security.AccessRules.Rule;
import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Every row of {@link AccessRules} called as every role, through the real
 * Spring Security filter chain: a role the row allows gets past security
 * (whatever the controller then answers: 200, 400 for an empty form, 404 for a
 * made-up id), every other role is refused (401 or the login redirect when
 * anonymous, 403 when signed in). And every controller mapping has a row.
 */
@WebIntegrationTest
class AccessRulesMatrixTest {

	/** A demo user per role; the unit roles are at hc-ostersund. */
	static final Map<Role, String> USERS = new LinkedHashMap<>();

	static {
		USERS.put(Role.ANONYMOUS, null);
		USERS.put(Role.UNIT_STAFF, Credentials.OSTERSUND_STAFF);
		USERS.put(Role.UNIT_MANAGER, Credentials.OSTERSUND_MANAGER);
		USERS.put(Role.MANAGEMENT, Credentials.MANAGEMENT);
		USERS.put(Role.ADMIN, Credentials.ADMIN);
		USERS.put(Role.INTAKE, Credentials.INTAKE);
	}

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void everyRowAnswersEveryRoleAsTheTableSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Rule rule : AccessRules.RULES) {
			String path = sample(rule.pattern(), "hc-ostersund");
			for (Map.Entry<Role, String> role : USERS.entrySet()) {
				// The unit roles of the demo users are at hc-ostersund; a manager also holds UNIT_STAFF.
				boolean allowed = rule.allowed().contains(role.getKey())
						|| (role.getKey() == Role.UNIT_MANAGER && rule.allowed().contains(Role.UNIT_STAFF));
				check(rule, path, role.getKey(), role.getValue(), allowed, wrong);
			}
			if (rule.ownUnit()) {
				// Another unit's row: only management and the administrator.
				String other = sample(rule.pattern(), "hc-krokom");
				for (Map.Entry<Role, String> role : USERS.entrySet()) {
					boolean allowed = (role.getKey() == Role.MANAGEMENT || role.getKey() == Role.ADMIN)
							&& rule.allowed().contains(role.getKey());
					check(rule, other, role.getKey(), role.getValue(), allowed, wrong);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyControllerMappingHasARow() {
		List<String> missing = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().getName().startsWith("se.regionjh.reservrutin.")) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					String path = sample(pattern, "hc-ostersund");
					if (AccessRules.find(HttpMethod.valueOf(method.name()), path).isEmpty()) {
						missing.add(method + " " + pattern + " (" + handler + ")");
					}
				}
				if (info.getMethodsCondition().getMethods().isEmpty()) {
					missing.add("any method " + pattern + ": name the HTTP method (" + handler + ")");
				}
			}
		});
		assertThat(missing).as("controller mappings without a row in AccessRules").isEmpty();
	}

	@Test
	void aRowThatMatchesNoControllerIsNotInTheTable() {
		List<String> stale = new ArrayList<>();
		for (Rule rule : AccessRules.RULES) {
			String path = sample(rule.pattern(), "hc-ostersund");
			boolean served = this.mappings.getHandlerMethods().keySet().stream().anyMatch((info) -> {
				var request = new org.springframework.mock.web.MockHttpServletRequest(rule.method().name(), path);
				request.setContentType("application/json");
				org.springframework.web.util.ServletRequestPathUtils.parseAndCache(request);
				return info.getMatchingCondition(request) != null;
			});
			if (!served) {
				stale.add(rule.method() + " " + rule.pattern());
			}
		}
		assertThat(stale).isEmpty();
	}

	private void check(Rule rule, String path, Role role, String user, boolean allowed, List<String> wrong)
			throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(rule.method(), path).with(csrf());
		if (user != null) {
			request = request.with(Credentials.as(user));
		}
		var response = this.mvc.perform(request).andReturn().getResponse();
		int status = response.getStatus();
		String location = response.getHeader("Location");
		boolean refused = status == 401 || status == 403
				|| (status == 302 && location != null && location.contains("/login"));
		if (allowed == refused) {
			wrong.add(rule.method() + " " + path + " as " + role + ": " + status + " (expected "
					+ (allowed ? "allowed" : "refused") + ")");
		}
	}

	/** A concrete path for a pattern: {unitId} becomes the unit, a {reference} DS-2026-1, anything else 1. */
	static String sample(String pattern, String unitId) {
		StringBuilder path = new StringBuilder();
		int i = 0;
		while (i < pattern.length()) {
			char c = pattern.charAt(i);
			if (c != '{') {
				path.append(c);
				i++;
				continue;
			}
			int depth = 0;
			int end = i;
			do {
				if (pattern.charAt(end) == '{') {
					depth++;
				}
				else if (pattern.charAt(end) == '}') {
					depth--;
				}
				end++;
			}
			while (depth > 0);
			String variable = pattern.substring(i + 1, end - 1);
			if (variable.startsWith("unitId")) {
				path.append(unitId);
			}
			else if (variable.startsWith("reference")) {
				path.append("DS-2026-1");
			}
			else {
				path.append('1');
			}
			i = end;
		}
		return path.toString();
	}

}
