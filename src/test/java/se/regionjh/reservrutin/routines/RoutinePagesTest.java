package se.regionjh.reservrutin.routines;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import se.regionjh.reservrutin.support.IntegrationTest;
import se.regionjh.reservrutin.support.WebRequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.regionjh.reservrutin.support.WebRequests.as;

@IntegrationTest
class RoutinePagesTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	CentralRoutine centralRoutine;

	@Autowired
	LocalRoutines localRoutines;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = WebRequests.mockMvc(this.context);
	}

	@Test
	void versionOneIsTheSeedTextRenderedWithHeadingsListsAndEmphasis() throws Exception {
		assertThat(this.centralRoutine.version(1)).get()
			.satisfies((v) -> assertThat(v.body()).startsWith("1177 e-tjänster Central reservrutin")
				.contains("Ring dessa patienter"));

		this.mvc.perform(get("/reservrutiner/central/1").with(as("personal-ostersund")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h2>1177 e-tjänster Central reservrutin</h2>")))
			.andExpect(content().string(containsString("<h3>Förvaltningens ansvar</h3>")))
			.andExpect(content().string(containsString("<li>upprätta och förvalta central reservrutin (detta dokument)</li>")))
			.andExpect(content().string(containsString("benämns i detta dokument som <em>förvaltningen</em>.")))
			.andExpect(content().string(containsString("&lt;1177etjanster@regionjh.se&gt;")));
		this.mvc.perform(get("/reservrutiner").with(as("personal-ostersund")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Versioner av den centrala reservrutinen")))
			.andExpect(content().string(containsString("Hälsocentralen Krokom")));
		this.mvc.perform(get("/reservrutiner/central/9999").with(as("personal-ostersund")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aUnitRecordsItsLocalRoutineAsANewVersion() throws Exception {
		this.mvc
			.perform(post("/reservrutiner/enheter/psyk-ostersund").param("versionLabel", "")
				.param("link", "ftp://fel")
				.with(as("chef-psyk-ostersund")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Ange den lokala rutinens version.")))
			.andExpect(content().string(containsString("Länken måste börja med https://")));

		this.mvc
			.perform(post("/reservrutiner/enheter/psyk-ostersund").param("versionLabel", "3")
				.param("body", "Vid driftstopp\n- Ring patienter med tider i dag.\n- Skicka brev vid behov.")
				.with(as("chef-psyk-ostersund")))
			.andExpect(redirectedUrl("/reservrutiner/enheter/psyk-ostersund"));

		assertThat(this.localRoutines.current("psyk-ostersund")).get()
			.satisfies((local) -> assertThat(local.recordedBy()).isEqualTo("chef-psyk-ostersund"));
		this.mvc.perform(get("/reservrutiner/enheter/psyk-ostersund").with(as("chef-psyk-ostersund")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<li>Ring patienter med tider i dag.</li>")))
			.andExpect(content().string(containsString("Version 3")));
		this.mvc.perform(get("/reservrutiner/enheter/finns-inte").with(as("forvaltare")))
			.andExpect(status().isNotFound());
	}

	@Test
	void managementSeesTheReviewAsAPageAndAsJson() throws Exception {
		this.mvc.perform(get("/reservrutiner/granskning").with(as("forvaltare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Anmälda brister i den centrala reservrutinen")))
			.andExpect(content().string(not(containsString("${"))));
		this.mvc.perform(get("/reservrutiner/granskning").accept(MediaType.APPLICATION_JSON).with(as("forvaltare")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units").isArray());
	}

}
