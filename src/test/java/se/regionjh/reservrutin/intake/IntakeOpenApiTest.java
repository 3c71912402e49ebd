package se.regionjh.reservrutin.intake;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.regionjh.reservrutin.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class IntakeOpenApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theApiIsDescribedWithExamples() throws Exception {
		this.mvc.perform(get("/v3/api-docs").header("Authorization", "Basic Zm9ydmFsdGFyZTpkZW1v"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/inera-notices'].post.responses['201']").exists())
			.andExpect(jsonPath("$.paths['/api/inera-notices'].post.responses['413']").exists())
			.andExpect(jsonPath("$.paths['/api/fault-reports'].post").exists())
			.andExpect(jsonPath("$.paths['/api/inera-notices'].post.responses['409'].description")
				.value("Driftstörningen väntar inte på meddelandet"))
			.andExpect(jsonPath("$.paths['/api/inera-notices'].post.responses['404'].content['application/problem+json']")
				.exists())
			.andExpect(jsonPath("$.paths['/api/fault-reports'].post.responses['400'].content['application/problem+json']")
				.exists())
			.andExpect(jsonPath("$.paths['/api/fault-reports'].post.responses['413'].description")
				.value("Begäran är för stor"))
			.andExpect(jsonPath("$.components.schemas.IneraNotice.properties.type.enum",
					hasItems("PLANNED", "UPDATED", "CANCELLED", "RESOLVED")))
			.andExpect(content().string(containsString("INC0123456")));
	}

}
