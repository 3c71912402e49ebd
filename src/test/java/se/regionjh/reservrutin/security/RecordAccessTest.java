package se.regionjh.reservrutin.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.regionjh.reservrutin.faultreport.FaultReport;
import se.regionjh.reservrutin.faultreport.FaultReportSource;
import se.regionjh.reservrutin.faultreport.FaultReports;
import se.regionjh.reservrutin.faultreport.NewFaultReport;
import se.regionjh.reservrutin.outage.EntryType;
import se.regionjh.reservrutin.outage.IneraNotice;
import se.regionjh.reservrutin.outage.JournalEntry.Visibility;
import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageIntake;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebIntegrationTest;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a caller the table lets in then sees of one record (issue 11): an
 * outage's internal entries only for its own unit, a fault report only as its
 * reporter, its unit or management, and a fault report filed in one's own name
 * unless one is the intake account. Through the real filter chain.
 */
@WebIntegrationTest
class RecordAccessTest {

	private static final String REPORT = """
			{"reporter": "%s", "unitId": "%s", "services": ["personalverktyget"],
			 "description": "Personalverktyget svarar inte.", "contact": "063-14 20 00"}""";

	@Autowired
	WebApplicationContext context;

	@Autowired
	OutageIntake intake;

	@Autowired
	OutageJournal journal;

	@Autowired
	FaultReports faultReports;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void aUnitUserSeesPublicEntriesAndItsOwnUnitsNotOtherUnitsInternalOnes() throws Exception {
		Instant start = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		Outage outage = this.intake
			.plannedNotice(new IneraNotice("ACCESS-1", "Servicefönster Journalen", List.of("journalen"), start,
					start.plus(1, ChronoUnit.HOURS), "Planerat underhåll.", "TEST"))
			.outage();
		this.journal.note(outage.id(), EntryType.STATUS_UPDATE, Visibility.PUBLIC, "forvaltare", null,
				"Offentlig lägesuppdatering", null);
		this.journal.note(outage.id(), EntryType.UNIT_REVIEW_DONE, Visibility.INTERNAL, "chef-krokom", "hc-krokom",
				"Krokoms interna anteckning", null);
		this.journal.note(outage.id(), EntryType.UNIT_REVIEW_DONE, Visibility.INTERNAL, "chef-ostersund",
				"hc-ostersund", "Östersunds interna anteckning", null);

		this.mvc.perform(get("/api/outages/{id}", outage.id()).with(Credentials.as(Credentials.OSTERSUND_STAFF)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeline[*].text", hasItem("Offentlig lägesuppdatering")))
			.andExpect(jsonPath("$.timeline[*].text", hasItem("Östersunds interna anteckning")))
			.andExpect(jsonPath("$.timeline[*].text", not(hasItem("Krokoms interna anteckning"))));
		this.mvc.perform(get("/api/outages/{id}", outage.id()).with(Credentials.as(Credentials.MANAGEMENT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeline[*].text", hasItem("Krokoms interna anteckning")))
			.andExpect(jsonPath("$.timeline[*].text", hasItem("Östersunds interna anteckning")));
	}

	@Test
	void aFaultReportIsReadByItsReporterItsUnitAndManagementOnly() throws Exception {
		FaultReport report = this.faultReports.report(new NewFaultReport(Credentials.KROKOM_STAFF, "hc-krokom",
				List.of("personalverktyget"), "Personalverktyget svarar inte.", null, FaultReportSource.API));
		for (String reader : new String[] { Credentials.KROKOM_STAFF, Credentials.KROKOM_MANAGER,
				Credentials.MANAGEMENT, Credentials.INTAKE }) {
			this.mvc.perform(get("/api/fault-reports/{id}", report.id()).with(Credentials.as(reader)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.id").value(report.id()));
		}
		for (String outsider : new String[] { Credentials.OSTERSUND_STAFF, Credentials.OSTERSUND_MANAGER }) {
			this.mvc.perform(get("/api/fault-reports/{id}", report.id()).with(Credentials.as(outsider)))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void aFaultReportInAnotherPersonsNameOrUnitIsRefusedNamingTheField() throws Exception {
		long before = countReports();
		this.mvc.perform(post("/api/fault-reports").contentType(MediaType.APPLICATION_JSON)
			.content(REPORT.formatted(Credentials.KROKOM_MANAGER, "hc-krokom"))
			.with(Credentials.as(Credentials.OSTERSUND_STAFF)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("reporter")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("unitId")));
		org.assertj.core.api.Assertions.assertThat(countReports()).isEqualTo(before);

		this.mvc.perform(post("/api/fault-reports").contentType(MediaType.APPLICATION_JSON)
			.content(REPORT.formatted(Credentials.OSTERSUND_STAFF, "hc-ostersund"))
			.with(Credentials.as(Credentials.OSTERSUND_STAFF)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reporter").value(Credentials.OSTERSUND_STAFF));
		this.mvc.perform(post("/api/fault-reports").contentType(MediaType.APPLICATION_JSON)
			.content(REPORT.formatted(Credentials.KROKOM_MANAGER, "hc-krokom"))
			.with(Credentials.as(Credentials.INTAKE)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reporter").value(Credentials.KROKOM_MANAGER))
			.andExpect(jsonPath("$.unitId").value("hc-krokom"));
	}

	private long countReports() {
		return this.context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("select count(*) from fault_report")
			.query(Long.class)
			.single();
	}

}
