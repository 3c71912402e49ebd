package se.regionjh.reservrutin.intake;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The chunked case, which MockMvc cannot send: no Content-Length, so the filter counts. */
class BodySizeLimitTest {

	private final BodySizeLimit filter = new BodySizeLimit(16, new ObjectMapper());

	private static MockHttpServletRequest chunked(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/fault-reports") {

			@Override
			public long getContentLengthLong() {
				return -1;
			}

			@Override
			public int getContentLength() {
				return -1;
			}

		};
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

	@Test
	void aChunkedBodyOverTheLimitIsRefusedWithoutReachingTheChain() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(chunked("{\"description\": \"far too long\"}"), response, chain);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("För stor begäran");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void aChunkedBodyWithinTheLimitIsReplayedToTheChain() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(chunked("{\"a\": 1}"), response, chain);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(new String(chain.getRequest().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
			.isEqualTo("{\"a\": 1}");
	}

}
