package se.regionjh.reservrutin.security;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorBodySanitizingFilterTest {

	private static final String PERSISTENCE_FAILURE = """
			{"type":"ProcessEngineException","message":"### Error querying database.  Cause: org.h2.jdbc.JdbcSQLSyntaxErrorException: Syntax error
			### SQL: select distinct RES.* from ACT_RU_TASK RES where RES.NAME_ = ?","code":0}""";

	private final ErrorBodySanitizingFilter filter = new ErrorBodySanitizingFilter();

	@Test
	void serverErrorBodyIsReplaced() throws Exception {
		MockHttpServletResponse response = run(500, PERSISTENCE_FAILURE);
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("SQL")
			.doesNotContain("ACT_RU_TASK")
			.doesNotContain("org.h2")
			.contains("Ange referens");
	}

	@Test
	void clientErrorWithSqlIsReplaced() throws Exception {
		MockHttpServletResponse response = run(400, PERSISTENCE_FAILURE);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("ACT_RU_TASK");
	}

	@Test
	void clientErrorWithAPlainMessagePassesUnchanged() throws Exception {
		String body = "{\"type\":\"InvalidRequestException\",\"message\":\"Formuläret kan inte skickas: ange prognos.\"}";
		MockHttpServletResponse response = run(400, body);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(body);
		assertThat(response.getContentLength()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	void successfulResponsesStreamThrough() throws Exception {
		MockHttpServletResponse response = run(200, "select * from nothing: a diagram may say anything");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo("select * from nothing: a diagram may say anything");
	}

	private MockHttpServletResponse run(int status, String body) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, (req, res) -> {
			var http = (jakarta.servlet.http.HttpServletResponse) res;
			http.setStatus(status);
			http.setContentType("application/json");
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			http.setContentLength(bytes.length);
			http.getOutputStream().write(bytes);
		});
		return response;
	}

}
