package se.regionjh.reservrutin.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.regionjh.reservrutin.outage.OutageProcess;
import se.regionjh.reservrutin.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.regionjh.reservrutin.intake.ApiCalls.postJson;

@IntegrationTest
@AutoConfigureMockMvc
class IneraNoticeApiTest {

	private static final String PATH = "/api/inera-notices";

	@Autowired
	MockMvc mvc;

	@Autowired
	HistoryService history;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcClient jdbc;

	static String reference() {
		return "INC-" + UUID.randomUUID().toString().substring(0, 12);
	}

	static String planned(String reference) {
		return """
				{"reference": "%s", "type": "PLANNED", "title": "Planerat underhåll av 1177 Journalen",
				 "services": ["journalen", "personalverktyget"],
				 "startsAt": "2026-12-03T18:00:00+01:00", "expectedEnd": "2026-12-03T22:00:00+01:00",
				 "text": "Inera genomför planerat underhåll."}""".formatted(reference);
	}

	private long outages() {
		return this.jdbc.sql("select count(*) from outage").query(Long.class).single();
	}

	@Test
	void aPlannedNoticeStartsTheOutageProcessAndAnswers201WithLocation() throws Exception {
		String reference = reference();
		long before = ApiCalls.processInstances(this.history);

		this.mvc.perform(postJson(PATH, planned(reference)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/inera-notices/" + reference))
			.andExpect(jsonPath("$.ineraReference").value(reference))
			.andExpect(jsonPath("$.reference").value(containsString("DS-")))
			.andExpect(jsonPath("$.state").value("NEW"))
			.andExpect(jsonPath("$.services", hasItems("journalen", "personalverktyget")))
			.andExpect(jsonPath("$.startsAt").value("2026-12-03T17:00:00Z"));

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before + 1);
		assertThat(this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(OutageProcess.KEY)
			.variableValueEquals(OutageProcess.Vars.INERA_REFERENCE, reference)
			.count()).isEqualTo(1);
		this.mvc.perform(get("/api/inera-notices/" + reference).header("Authorization", "Basic Zm9ydmFsdGFyZTpkZW1v"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ineraReference").value(reference));
	}

	@Test
	void anIncidentNoticeOpensAnUnplannedOutageWithInerasReferenceAndItsUpdatesReachIt() throws Exception {
		String reference = reference();
		String incident = """
				{"reference": "%s", "type": "INCIDENT", "services": ["journalen"],
				 "startsAt": "2026-11-26T08:40:00+01:00", "text": "Invånare kan inte öppna journalen."}"""
			.formatted(reference);

		this.mvc.perform(postJson(PATH, incident))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/inera-notices/" + reference))
			.andExpect(jsonPath("$.ineraReference").value(reference))
			.andExpect(jsonPath("$.planned").value(false))
			.andExpect(jsonPath("$.title").value("Driftstörning i 1177 Journalen"))
			.andExpect(jsonPath("$.startsAt").value("2026-11-26T07:40:00Z"));
		this.mvc.perform(postJson(PATH, incident)).andExpect(status().isOk());
		assertThat(this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(OutageProcess.KEY)
			.variableValueEquals(OutageProcess.Vars.INERA_REFERENCE, reference)
			.count()).isEqualTo(1);
		// Inera's change before the assessment reaches the outage.
		this.mvc.perform(postJson(PATH, """
				{"reference": "%s", "type": "UPDATED", "text": "Felsökning pågår."}""".formatted(reference)))
			.andExpect(status().isOk());
	}

	@Test
	void anIncidentNoticeWithoutServicesIsRefusedNamingTheField() throws Exception {
		this.mvc.perform(postJson(PATH, """
				{"reference": "%s", "type": "INCIDENT", "text": "Något är fel."}""".formatted(reference())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("services")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("saknas (ange minst en tjänst)")));
	}

	@Test
	void aRepeatedReferenceAnswers200WithTheExistingOutageAndStartsNothing() throws Exception {
		String reference = reference();
		MvcResult first = this.mvc.perform(postJson(PATH, planned(reference))).andExpect(status().isCreated()).andReturn();
		long before = ApiCalls.processInstances(this.history);
		long outagesBefore = outages();

		this.mvc.perform(postJson(PATH, planned(reference)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Location"))
			.andExpect(jsonPath("$.id").value(com.jayway.jsonpath.JsonPath.<Integer>read(
					first.getResponse().getContentAsString(), "$.id")));

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
		assertThat(outages()).isEqualTo(outagesBefore);
	}

	@Test
	void concurrentFirstNoticesWithOneReferenceStartOneOutage() throws Exception {
		String reference = reference();
		long before = ApiCalls.processInstances(this.history);
		int callers = 6;
		CyclicBarrier together = new CyclicBarrier(callers);
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				Callable<Integer> call = () -> {
					together.await(10, TimeUnit.SECONDS);
					return this.mvc.perform(postJson(PATH, planned(reference))).andReturn().getResponse().getStatus();
				};
				statuses.add(pool.submit(call));
			}
			List<Integer> answers = new ArrayList<>();
			for (Future<Integer> status : statuses) {
				answers.add(status.get(60, TimeUnit.SECONDS));
			}
			assertThat(answers).containsOnly(200, 201);
			assertThat(answers).filteredOn((s) -> s == 201).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("select count(*) from outage where inera_reference = :r")
			.param("r", reference)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before + 1);
	}

	@Test
	void noticeTextsLongerThanAnEngineStringAreStoredInFullUpToTheLimit() throws Exception {
		for (int length : new int[] { 4500, 20000 }) {
			String reference = reference();
			String text = "ä".repeat(length - 1) + "!";
			this.mvc.perform(postJson(PATH, planned(reference).replace("Inera genomför planerat underhåll.", text)))
				.andExpect(status().isCreated());
			assertThat(this.jdbc.sql("select public_text from outage where inera_reference = ?").param(reference)
				.query(String.class).single()).isEqualTo(text);
			var instance = this.runtime.createProcessInstanceQuery()
				.variableValueEquals(OutageProcess.Vars.INERA_REFERENCE, reference)
				.singleResult();
			assertThat(se.regionjh.reservrutin.system.ProcessValues
				.text(this.runtime.getVariable(instance.getId(), OutageProcess.Vars.PUBLIC_TEXT))).isEqualTo(text);
		}
	}

	@Test
	void aNoticeTextOneCharacterOverTheLimitIsRefusedByField() throws Exception {
		long before = ApiCalls.processInstances(this.history);

		this.mvc
			.perform(postJson(PATH,
					planned(reference()).replace("Inera genomför planerat underhåll.", "x".repeat(20001))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"))
			.andExpect(jsonPath("$.errors[0].message").value("får vara högst 20000 tecken"));

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
	}

	@Test
	void malformedJsonIsRefusedWith400AndStartsNothing() throws Exception {
		long before = ApiCalls.processInstances(this.history);

		this.mvc.perform(postJson(PATH, "{\"reference\": \"INC1\", \"type\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Ogiltig begäran"))
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("inte giltig JSON")));

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
	}

	@Test
	void wrongTypesAreNamedByField() throws Exception {
		long before = ApiCalls.processInstances(this.history);

		this.mvc.perform(postJson(PATH, """
				{"reference": "INC2", "type": "PLANNED", "title": "x", "services": "journalen",
				 "startsAt": "2026-12-03T18:00:00+01:00", "expectedEnd": "2026-12-03T22:00:00+01:00"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("services"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("lista")));
		this.mvc.perform(postJson(PATH, """
				{"reference": {"id": 1}, "type": "PLANNED"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reference"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("text")));

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
	}

	@Test
	void missingFieldsAreAllNamedInSwedish() throws Exception {
		long before = ApiCalls.processInstances(this.history);

		this.mvc.perform(postJson(PATH, "{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("reference", "type")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("saknas")));
		this.mvc.perform(postJson(PATH, "{\"reference\": \"INC3\", \"type\": \"PLANNED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("title", "services", "startsAt", "expectedEnd")))
			.andExpect(jsonPath("$.detail").value(containsString("Begäran har fel i 4 fält")));

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
	}

	@Test
	void badTimesUnknownTypesAndAnEndBeforeTheStartAreRefused() throws Exception {
		long before = ApiCalls.processInstances(this.history);

		this.mvc.perform(postJson(PATH, """
				{"reference": "INC4", "type": "PLANNED", "title": "x", "services": ["journalen"],
				 "startsAt": "2026-12-03T22:00:00+01:00", "expectedEnd": "2026-12-03T18:00:00+01:00"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("expectedEnd"))
			.andExpect(jsonPath("$.errors[0].message").value("måste vara senare än startsAt"));
		this.mvc.perform(postJson(PATH, """
				{"reference": "INC4", "type": "MAYBE", "title": "x", "services": ["journalen"],
				 "startsAt": "3 december kl 18", "expectedEnd": "2026-12-03T22:00"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("type", "startsAt", "expectedEnd")));

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
	}

	@Test
	void controlCharactersLineBreaksDuplicatesAndFarTimesAreRefusedByField() throws Exception {
		long before = ApiCalls.processInstances(this.history);

		this.mvc.perform(postJson(PATH, """
				{"reference": "INC5", "type": "PLANNED", "title": "Rad ett\\nBcc: x@example.com",
				 "services": ["journalen", "journalen"], "text": "Text med \\u0001 och \\ud800",
				 "startsAt": "0001-12-03T18:00:00+01:00", "expectedEnd": "9999-12-03T22:00:00+01:00"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("title", "services", "text", "startsAt", "expectedEnd")))
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value(hasItem("får inte innehålla radbrytningar")))
			.andExpect(jsonPath("$.errors[?(@.field == 'services')].message").value(hasItem("får inte innehålla samma värde två gånger")))
			.andExpect(jsonPath("$.errors[?(@.field == 'text')].message").value(hasItem(containsString("otillåtna tecken"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'startsAt')].message").value(hasItem(containsString("år"))));

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
	}

	@Test
	void anUnknownServiceIsRefusedByItsPlaceInTheList() throws Exception {
		long before = ApiCalls.processInstances(this.history);
		long outagesBefore = outages();

		this.mvc.perform(postJson(PATH, """
				{"reference": "%s", "type": "PLANNED", "title": "x", "services": ["journalen", "kassaregistret"],
				 "startsAt": "2026-12-03T18:00:00+01:00", "expectedEnd": "2026-12-03T22:00:00+01:00"}"""
			.formatted(reference())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("services[1]"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("okänd tjänst")));

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
		assertThat(outages()).isEqualTo(outagesBefore);
	}

	@Test
	void anOversizedBodyIsRefusedWith413BeforeParsing() throws Exception {
		long before = ApiCalls.processInstances(this.history);
		String text = "x".repeat(70 * 1024);

		this.mvc.perform(postJson(PATH, planned(reference()).replace("Inera genomför planerat underhåll.", text)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("För stor begäran"));
		// Not even JSON: refused by size alone, before a parser sees it.
		this.mvc.perform(postJson(PATH, "{".repeat(65 * 1024 + 1))).andExpect(status().isPayloadTooLarge());

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
	}

	@Test
	void anUpdateForAnUnknownReferenceAnswers404() throws Exception {
		long before = ApiCalls.processInstances(this.history);

		this.mvc.perform(postJson(PATH, """
				{"reference": "INC-NOT-THERE", "type": "UPDATED", "expectedEnd": "2026-12-03T23:00:00+01:00"}"""))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Ingen driftstörning har Ineras referens 'INC-NOT-THERE'")));
		this.mvc.perform(postJson(PATH, "{\"reference\": \"INC-NOT-THERE\", \"type\": \"RESOLVED\"}"))
			.andExpect(status().isNotFound());

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
	}

	@Test
	void aResolvedNoticeForAnOutageNotYetRunningAnswers409() throws Exception {
		String reference = reference();
		this.mvc.perform(postJson(PATH, planned(reference))).andExpect(status().isCreated());
		long before = ApiCalls.processInstances(this.history);

		this.mvc.perform(postJson(PATH, "{\"reference\": \"%s\", \"type\": \"RESOLVED\"}".formatted(reference)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("väntar inte på")));

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
		assertThat(this.jdbc.sql("select state from outage where inera_reference = :r")
			.param("r", reference)
			.query(String.class)
			.single()).isEqualTo("NEW");
	}

	@Test
	void somethingOtherThanJsonAnswers415() throws Exception {
		this.mvc.perform(postJson(PATH, planned(reference())).contentType(MediaType.TEXT_PLAIN))
			.andExpect(status().isUnsupportedMediaType());
	}

}
