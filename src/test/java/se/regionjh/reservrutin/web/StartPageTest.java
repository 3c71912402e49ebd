package se.regionjh.reservrutin.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.publication.Outages;
import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.support.WebIntegrationTest;
import se.regionjh.reservrutin.units.EService;
import se.regionjh.reservrutin.units.UnitRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page at /, through Tomcat and the real filter chain: Swedish, the
 * five services' condition from the status page's snapshot, and for each kind
 * of user the pages that user may open (issue 14).
 */
@WebIntegrationTest
class StartPageTest {

	@LocalServerPort
	int port;

	@Autowired
	OutageJournal journal;

	@Autowired
	UnitRegistry units;

	@Test
	void anonymousVisitorsSeeTheServicesConditionAndALoginLinkButNoInternalPages() {
		HttpResponse<String> response = WebClient.anonymous(this.port).get("/", "Accept", "text/html");

		assertThat(response.statusCode()).as("no redirect to Camunda's welcome page").isEqualTo(200);
		String html = response.body();
		assertThat(html).contains("<html lang=\"sv\"", "<main id=\"main\"", "<h1>Reservrutin 1177</h1>",
				"Tjänsternas läge just nu", "href=\"/login\"", "Logga in", "href=\"/driftinformation\"",
				"href=\"/camunda/app/tasklist/\"");
		for (EService service : EService.values()) {
			assertThat(html).containsPattern(java.util.regex.Pattern.quote(service.displayName())
					+ "</span>:\\s*<strong[^>]*>(Normal drift|Driftstörning pågår|Planerat driftstopp)</strong>");
		}
		assertThat(html).doesNotContain("href=\"/leveranser\"", "href=\"/intag\"", "href=\"/mallar\"",
				"Camunda 8", "Welcome");
	}

	@Test
	void theConditionIsTheStatusPagesOwnAndFollowsAnOutage() {
		Outage outage = new Outages(this.journal, this.units).ongoing("Formulären svarar inte på startsidan",
				"Formulären går inte att skicka in.", "formular");
		try {
			String start = WebClient.anonymous(this.port).get("/").body();
			String statusPage = WebClient.anonymous(this.port).get("/driftinformation").body();

			assertThat(start).containsPattern("1177 Formulär</span>:\\s*<strong[^>]*>Driftstörning pågår</strong>");
			assertThat(statusPage).containsPattern("1177 Formulär</span>:\\s*<strong>Driftstörning pågår</strong>");
		}
		finally {
			this.journal.resolve(outage.id(), "Felet är åtgärdat.", "forvaltare", null);
		}
		assertThat(WebClient.anonymous(this.port).get("/").body())
			.containsPattern("1177 Formulär</span>:\\s*<strong[^>]*>Normal drift</strong>");
	}

	@Test
	void managementSeesTheDeliveryLogAndIntakeBesideTheRoutinesAndTemplates() {
		String html = WebClient.basic(this.port, Credentials.MANAGEMENT).get("/").body();

		assertThat(html).contains("href=\"/leveranser\"", "href=\"/intag\"", "href=\"/reservrutiner\"",
				"href=\"/mallar\"", "href=\"/camunda/app/tasklist/\"", "Du är inloggad som <strong>forvaltare</strong>",
				"Logga ut")
			.doesNotContain("href=\"/login\"", "href=\"/reservrutiner/enheter/");
	}

	@Test
	void unitStaffSeeTheirPagesButNotManagementsOnes() {
		String html = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF).get("/").body();

		assertThat(html).contains("href=\"/reservrutiner\"", "href=\"/mallar\"", "href=\"/camunda/app/tasklist/\"",
				"href=\"/driftinformation\"", "href=\"/reservrutiner/enheter/hc-ostersund\"",
				"Lokal reservrutin för Hälsocentralen Östersund")
			.doesNotContain("href=\"/leveranser\"", "href=\"/intag\"");
	}

	@Test
	void theAdministratorSeesEveryPage() {
		String html = WebClient.basic(this.port, Credentials.ADMIN).get("/").body();

		assertThat(html).contains("href=\"/leveranser\"", "href=\"/intag\"", "href=\"/reservrutiner\"",
				"href=\"/mallar\"");
	}

}
