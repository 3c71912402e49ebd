package se.regionjh.reservrutin.intake;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.regionjh.reservrutin.faultreport.FaultReportProcess;
import se.regionjh.reservrutin.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.regionjh.reservrutin.intake.ApiCalls.anonymousPostJson;
import static se.regionjh.reservrutin.intake.ApiCalls.postJson;

@IntegrationTest
@AutoConfigureMockMvc
class FaultReportApiTest {

	private static final String PATH = "/api/fault-reports";

	private static final String REPORT = """
			{"reporter": "anna.andersson@regionjh.se", "unitId": "hc-ostersund", "services": ["personalverktyget"],
			 "description": "Personalverktyget svarar inte sedan kl. 8.10.", "contact": "063-14 20 00"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	HistoryService history;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	private long faultReports() {
		return this.jdbc.sql("select count(*) from fault_report").query(Long.class).single();
	}

	@Test
	void aFaultReportIsRecordedAndItsTriageStarted() throws Exception {
		long before = ApiCalls.processInstances(this.history);

		String location = this.mvc.perform(postJson(PATH, REPORT))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/fault-reports/")))
			.andExpect(jsonPath("$.reporter").value("anna.andersson@regionjh.se"))
			.andExpect(jsonPath("$.unitId").value("hc-ostersund"))
			.andExpect(jsonPath("$.source").value("API"))
			.andExpect(jsonPath("$.state").value("NEW"))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before + 1);
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(FaultReportProcess.KEY)
			.variableValueEquals(FaultReportProcess.Vars.FAULT_REPORT_ID, id)
			.count()).isEqualTo(1);
		this.mvc.perform(get(location).header("Authorization", "Basic Zm9ydmFsdGFyZTpkZW1v"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id));
	}

	@Test
	void aPostForwardedFromTeamsIsRecordedWithItsSource() throws Exception {
		this.mvc.perform(postJson(PATH, """
				{"reporter": "Anna Andersson", "description": "Inlägg i kanalen Journalen: journalen laddar inte.",
				 "contact": "anna.andersson@regionjh.se", "source": "TEAMS"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.source").value("TEAMS"))
			.andExpect(jsonPath("$.services").isEmpty());
	}

	@Test
	void anUnknownUnitAnUnknownServiceAndAMissingDescriptionAreAllNamed() throws Exception {
		long before = ApiCalls.processInstances(this.history);
		long reports = faultReports();

		this.mvc.perform(postJson(PATH, """
				{"reporter": "anna", "unitId": "hc-atlantis", "services": ["personalverktyget", "kassan"],
				 "source": "MAILBOX"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("unitId", "services[1]", "description", "source")))
			.andExpect(jsonPath("$.detail").value(containsString("okänd enhet")));

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
		assertThat(faultReports()).isEqualTo(reports);
	}

	@Test
	void controlCharactersLineBreaksInTheReporterAndDuplicateServicesAreRefusedByField() throws Exception {
		long before = ApiCalls.processInstances(this.history);
		long reports = faultReports();

		this.mvc.perform(postJson(PATH, """
				{"reporter": "anna\\r\\nX: y", "unitId": "hc-ostersund", "services": ["journalen", "journalen"],
				 "description": "Fungerar inte \\u000b", "contact": "063\\u0000"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("reporter", "services", "description", "contact")))
			.andExpect(jsonPath("$.errors[?(@.field == 'reporter')].message").value(hasItem("får inte innehålla radbrytningar")));

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
		assertThat(faultReports()).isEqualTo(reports);
	}

	@Test
	void wrongTypesAndMalformedJsonAreRefused() throws Exception {
		long before = ApiCalls.processInstances(this.history);

		this.mvc.perform(postJson(PATH, "{\"description\": [\"a\", \"b\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("description"));
		this.mvc.perform(postJson(PATH, "{\"description\": \"a\", \"services\": [1, {}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("services[1]"));
		this.mvc.perform(postJson(PATH, "not json")).andExpect(status().isBadRequest());

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
	}

	@Test
	void descriptionsLongerThanAnEngineStringAreStoredInFullUpToTheLimit() throws Exception {
		for (int length : new int[] { 4001, 10000 }) {
			String description = "å".repeat(length - 1) + "!";
			String location = this.mvc
				.perform(postJson(PATH, REPORT.replace("Personalverktyget svarar inte sedan kl. 8.10.", description)))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getHeader("Location");
			long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
			assertThat(this.jdbc.sql("select description from fault_report where id = ?").param(id).query(String.class)
				.single()).isEqualTo(description);
			var instance = this.runtime.createProcessInstanceQuery()
				.processDefinitionKey(FaultReportProcess.KEY)
				.variableValueEquals(FaultReportProcess.Vars.FAULT_REPORT_ID, id)
				.singleResult();
			assertThat(se.regionjh.reservrutin.system.ProcessValues
				.text(this.runtime.getVariable(instance.getId(), FaultReportProcess.Vars.DESCRIPTION)))
				.isEqualTo(description);
		}
	}

	@Test
	void aDescriptionOneCharacterOverTheLimitIsRefusedByField() throws Exception {
		long before = ApiCalls.processInstances(this.history);

		this.mvc
			.perform(postJson(PATH,
					REPORT.replace("Personalverktyget svarar inte sedan kl. 8.10.", "x".repeat(10001))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("description"))
			.andExpect(jsonPath("$.errors[0].message").value("får vara högst 10000 tecken"));

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
	}

	@Test
	void anOversizedReportIsRefusedWith413() throws Exception {
		long before = ApiCalls.processInstances(this.history);

		this.mvc.perform(postJson(PATH, REPORT.replace("sedan kl. 8.10.", "x".repeat(65 * 1024))))
			.andExpect(status().isPayloadTooLarge());

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
	}

	@Test
	void theReporterIsTheSignedInUserWhenTheBodyNamesNone() throws Exception {
		long before = ApiCalls.processInstances(this.history);
		String body = "{\"description\": \"Formulär går inte att skicka.\"}";

		if (ApiCalls.securityConfigured(this.context)) {
			this.mvc.perform(postJson(PATH, body))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.reporter").value(ApiCalls.USER));
			assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before + 1);
		}
		else {
			// Nobody is signed in without security: the reporter must be given.
			this.mvc.perform(postJson(PATH, body))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("reporter"));
			assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
		}
	}

	@Test
	void anUnauthenticatedCallIsRefusedWith401AndStartsNothing() throws Exception {
		Assumptions.assumeTrue(ApiCalls.securityConfigured(this.context),
				"The API is only authenticated once Spring Security is in the application (issue 6)");
		long before = ApiCalls.processInstances(this.history);

		this.mvc.perform(anonymousPostJson(PATH, REPORT)).andExpect(status().isUnauthorized());
		this.mvc.perform(anonymousPostJson("/api/inera-notices", IneraNoticeApiTest.planned("INC-ANON")))
			.andExpect(status().isUnauthorized());

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
	}

}
