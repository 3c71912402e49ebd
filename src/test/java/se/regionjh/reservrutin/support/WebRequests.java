package se.regionjh.reservrutin.support;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc on the shared integration-test context, and the user a page request
 * is made as. There is no authentication yet: {@link #as} only names the user,
 * so page tests already say who they act as and gain real credentials here in
 * one place when Spring Security arrives.
 */
public final class WebRequests {

	private WebRequests() {
	}

	public static MockMvc mockMvc(WebApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup(context).build();
	}

	/** The request as the given demo user (see application-demo.yaml). */
	public static RequestPostProcessor as(String userId) {
		return (request) -> {
			request.setRemoteUser(userId);
			request.setUserPrincipal(() -> userId);
			return request;
		};
	}

}
