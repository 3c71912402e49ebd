package se.regionjh.reservrutin.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.publication.Outages;
import se.regionjh.reservrutin.support.AxeCheck;
import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.support.WebIntegrationTest;
import se.regionjh.reservrutin.units.UnitRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One look, and axe-core (WCAG 2.1 A and AA) at desktop and phone width on the start page,
 * the login page, every application page and the Swedish error pages, as the
 * people who open them: anonymous, management and a unit's staff, logged in
 * on the login page. The status page's states are checked by
 * StatusPageInEachStateTest.
 */
@WebIntegrationTest
class PagesAccessibilityTest {

	@LocalServerPort
	int port;

	@Autowired
	OutageJournal journal;

	@Autowired
	UnitRegistry units;

	private Outage outage;

	/** One ongoing outage, so the start page shows a service that is not in normal operation. */
	@BeforeEach
	void declareAnOutage() {
		this.outage = new Outages(this.journal, this.units).ongoing("Journalen visar inga provsvar",
				"Provsvar syns inte i Journalen.", "journalen");
	}

	@AfterEach
	void resolveIt() {
		this.journal.resolve(this.outage.id(), "Felet är åtgärdat.", Credentials.MANAGEMENT, null);
	}

	@Test
	void pagesAnyoneMayOpenPassAxe() throws Exception {
		WebClient anonymous = WebClient.anonymous(this.port);
		assertThat(anonymous.get("/", "Accept", "text/html").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/login?error", "Accept", "text/html").body())
			.contains("Fel användarnamn eller lösenord");

		AxeCheck.anonymously(this.port, "/", "/login", "/login?error", "/login?utloggad");
	}

	@Test
	void managementsPagesPassAxe() throws Exception {
		String[] pages = { "/", "/reservrutiner", "/reservrutiner/granskning", "/reservrutiner/enheter/hc-ostersund",
				"/mallar", "/mallar/ny", "/leveranser", "/intag" };
		WebClient management = WebClient.loginForm(this.port, Credentials.MANAGEMENT);
		for (String page : pages) {
			java.net.http.HttpResponse<String> response = management.get(page, "Accept", "text/html");
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			// One look: every page has the pages' menu and names who is logged in.
			assertThat(response.body()).as(page)
				.contains("<nav aria-label=\"Huvudmeny\">", "Inloggad som <strong>" + Credentials.MANAGEMENT + "</strong>");
		}
		assertThat(management.get("/finns-inte", "Accept", "text/html").statusCode()).isEqualTo(404);

		AxeCheck.as(Credentials.MANAGEMENT, this.port, java.util.stream.Stream.concat(java.util.Arrays.stream(pages),
				java.util.stream.Stream.of("/finns-inte")).toArray(String[]::new));
	}

	@Test
	void aUnitsPagesAndTheRefusalPagePassAxe() throws Exception {
		WebClient staff = WebClient.loginForm(this.port, Credentials.OSTERSUND_STAFF);
		assertThat(staff.get("/reservrutiner/enheter/hc-ostersund", "Accept", "text/html").statusCode())
			.isEqualTo(200);
		assertThat(staff.get("/leveranser", "Accept", "text/html").statusCode()).isEqualTo(403);

		AxeCheck.as(Credentials.OSTERSUND_STAFF, this.port, "/", "/reservrutiner", "/reservrutiner/enheter/hc-ostersund",
				"/mallar", "/leveranser");
	}

}
