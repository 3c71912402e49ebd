package se.regionjh.reservrutin.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ExpressionGuardFilterTest {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void findsExpressionsAtAnyDepth() throws Exception {
		assertThat(ExpressionGuardFilter.containsExpression(this.json.readTree("{\"a\":[{\"b\":{\"c\":\"#{x}\"}}]}")))
			.isTrue();
		assertThat(ExpressionGuardFilter.containsExpression(this.json.readTree("{\"${x}\":1}"))).isTrue();
		assertThat(ExpressionGuardFilter.containsExpression(this.json.readTree("{\"a\":[\"$\",\"{\",\"x\"]}")))
			.isFalse();
	}

	@Test
	void taskCompletionWithATextThatLooksLikeAnExpressionIsNotItsBusiness() throws Exception {
		ExpressionGuardFilter filter = new ExpressionGuardFilter((request, engine) -> false);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/1/complete");
		request.setServletPath("/engine-rest");
		request.setPathInfo("/task/1/complete");
		request.setContent("{\"variables\":{\"note\":{\"value\":\"${ser ut som uttryck}\"}}}".getBytes());
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
	}

	@Test
	void administratorsPass() throws Exception {
		ExpressionGuardFilter filter = new ExpressionGuardFilter((request, engine) -> true);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task");
		request.setServletPath("/engine-rest");
		request.setPathInfo("/task");
		request.setContent("{\"assigneeExpression\":\"${currentUser()}\"}".getBytes());
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
	}

	@Test
	void invalidJsonInAQueryIsRefused() throws Exception {
		ExpressionGuardFilter filter = new ExpressionGuardFilter((request, engine) -> false);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task");
		request.setServletPath("/engine-rest");
		request.setPathInfo("/task");
		request.setContent("{\"assigneeExpression\":".getBytes());
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(chain.getRequest()).isNull();
	}

}
