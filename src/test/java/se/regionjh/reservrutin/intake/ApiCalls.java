package se.regionjh.reservrutin.intake;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.ClassUtils;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Requests to the intake API as the intake account (group intake), which may
 * file fault reports in someone else's name. The demo user intag:demo is sent with HTTP Basic on every call, so the same tests
 * pass with and without Spring Security in the application.
 */
final class ApiCalls {

	static final String USER = "intag";

	private static final String CREDENTIALS = "Basic "
			+ Base64.getEncoder().encodeToString((USER + ":demo").getBytes(StandardCharsets.UTF_8));

	private ApiCalls() {
	}

	static MockHttpServletRequestBuilder postJson(String path, String json) {
		return anonymousPostJson(path, json).header(HttpHeaders.AUTHORIZATION, CREDENTIALS);
	}

	static MockHttpServletRequestBuilder anonymousPostJson(String path, String json) {
		return post(path).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	/** Whether the application has Spring Security's filter chain (issue 6). */
	static boolean securityConfigured(ApplicationContext context) {
		String type = "org.springframework.security.web.SecurityFilterChain";
		if (!ClassUtils.isPresent(type, ApiCalls.class.getClassLoader())) {
			return false;
		}
		return context.getBeanNamesForType(ClassUtils.resolveClassName(type, ApiCalls.class.getClassLoader())).length > 0;
	}

	/** Every process instance ever started, ended ones included (history level full). */
	static long processInstances(HistoryService history) {
		return history.createHistoricProcessInstanceQuery().count();
	}

}
