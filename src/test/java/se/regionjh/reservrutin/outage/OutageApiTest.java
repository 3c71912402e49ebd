package se.regionjh.reservrutin.outage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.IntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class OutageApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutageIntake intake;

	@Test
	void listsOutagesAndReturnsOneWithItsTimeline() throws Exception {
		Instant start = Instant.now().plus(12, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		Outage outage = this.intake
			.plannedNotice(new IneraNotice("API-1", "Servicefönster Formulär", List.of("formular"), start,
					start.plus(2, ChronoUnit.HOURS), "Planerat underhåll.", "TEST"))
			.outage();

		this.mvc.perform(get("/api/outages").param("state", "NEW").with(Credentials.as(Credentials.MANAGEMENT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.ineraReference == 'API-1')].reference").value(outage.reference()));
		this.mvc.perform(get("/api/outages/{id}", outage.id()).with(Credentials.as(Credentials.MANAGEMENT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outage.services[0]").value("formular"))
			.andExpect(jsonPath("$.outage.startsAt").value(start.toString()))
			.andExpect(jsonPath("$.timeline[0].type").value("INERA_NOTICE"))
			.andExpect(jsonPath("$.timeline[0].text").value("Planerat underhåll."));
	}

	@Test
	void refusesAnonymousCalls() throws Exception {
		this.mvc.perform(get("/api/outages")).andExpect(status().isUnauthorized());
	}

	@Test
	void answersClearlyForUnknownOutagesAndBadFilters() throws Exception {
		this.mvc.perform(get("/api/outages/{id}", 999999).with(Credentials.as(Credentials.MANAGEMENT))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/outages").param("state", "BROKEN").with(Credentials.as(Credentials.MANAGEMENT))).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/outages").param("limit", "0").with(Credentials.as(Credentials.MANAGEMENT))).andExpect(status().isBadRequest());
	}

}
