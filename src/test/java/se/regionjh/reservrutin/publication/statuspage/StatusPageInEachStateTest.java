package se.regionjh.reservrutin.publication.statuspage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.publication.Outages;
import se.regionjh.reservrutin.support.AxeCheck;
import se.regionjh.reservrutin.units.UnitRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status page served by the running application in each state it can be
 * in (nothing going on, a planned outage, an ongoing one, a resolved one):
 * every page has no error or warning from the Nu Html Checker, and no WCAG
 * 2.1 A/AA violation from axe-core in headless Chromium (src/test/browser).
 * The axe-core half needs {@code /usr/bin/chromium} and {@code npm ci} in
 * src/test/browser; without them that half is skipped with a message, after
 * the vnu half has run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatusPageInEachStateTest {

	static Outage planned;

	static Outage ongoing;

	@LocalServerPort
	int port;

	@Autowired
	OutageJournal journal;

	@Autowired
	UnitRegistry units;

	@Test
	@Order(1)
	void noOutage() throws Exception {
		String html = get("/driftinformation");
		assertThat(html).contains("Inga kända driftstörningar just nu.", "Inga planerade driftstopp.");
		check("/driftinformation");
	}

	@Test
	@Order(2)
	void planned() throws Exception {
		planned = outages().planned("Servicefönster för 1177 Journalen", "Inera uppgraderar Journalen.\n\n"
				+ "Under tiden går det inte att läsa journalen.", "journalen");
		check("/driftinformation", "/driftinformation/" + planned.reference());
	}

	@Test
	@Order(3)
	void ongoing() throws Exception {
		ongoing = outages().ongoing("Personalverktyget går inte att nå " + Outages.HOSTILE, Outages.HOSTILE,
				"personalverktyget", "stod-och-behandling");
		check("/driftinformation", "/driftinformation/" + ongoing.reference());
	}

	@Test
	@Order(4)
	void resolved() throws Exception {
		Outage outage = (ongoing != null) ? ongoing
				: outages().ongoing("Personalverktyget går inte att nå", "Text", "personalverktyget");
		this.journal.resolve(outage.id(), "Personalverktyget fungerar igen.", "forvaltare", null);
		check("/driftinformation", "/driftinformation/" + outage.reference(), "/driftinformation/DS-1999-0001");
	}

	private void check(String... paths) throws Exception {
		for (String path : paths) {
			assertThat(HtmlChecker.problems(get(path))).as("Nu Html Checker on %s", path).isEmpty();
		}
		// The page comes from the in-memory snapshot, whatever the database: one browser run (on H2) is enough.
		AxeCheck.anonymously(this.port, paths);
	}

	private String get(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isIn(200, 404);
		return response.body();
	}

	private Outages outages() {
		return new Outages(this.journal, this.units);
	}

}
