package se.regionjh.reservrutin.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.regionjh.reservrutin.routines.RoutineNotifier;
import se.regionjh.reservrutin.routines.RoutineNotifier.Kind;
import se.regionjh.reservrutin.routines.RoutineNotifier.Notice;

import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery log names every recipient, so only management (and the Camunda
 * administrator) may read it; the status page stays public. Kept with the
 * other web tests: every test context registers its engine as "default" in
 * Camunda's JVM-wide registry, which the REST API reads, so the shared web
 * context must be the last one started (see the report to the lead).
 */
@WebIntegrationTest
class DeliveryLogAccessTest {

	@LocalServerPort
	int port;

	@Autowired
	RoutineNotifier notifier;

	@Test
	void onlyManagementReadsTheDeliveryLog() {
		for (String path : new String[] { "/leveranser", "/api/deliveries" }) {
			assertThat(WebClient.basic(this.port, Credentials.MANAGEMENT).get(path).statusCode()).as(path).isEqualTo(200);
			assertThat(WebClient.basic(this.port, Credentials.KROKOM_MANAGER).get(path).statusCode()).as(path)
				.isEqualTo(403);
			assertThat(WebClient.anonymous(this.port).get(path).statusCode()).as(path).isIn(401, 302);
		}
	}

	@Test
	void routineEmailsAreListedWithTheirStateBesidePublications() {
		this.notifier.send(new Notice(Kind.REVIEW_REMINDER, List.of("chef-loggtest@example.org"),
				"Påminnelse: årlig genomgång av reservrutinerna för Loggtestenheten", "Text", "log-test"));

		String page = WebClient.basic(this.port, Credentials.MANAGEMENT).get("/leveranser").body();
		assertThat(page).contains("Påminnelse: årlig genomgång av reservrutinerna för Loggtestenheten",
				"chef-loggtest@example.org", "<td>Reservrutin</td>", "ej konfigurerad");
		assertThat(WebClient.basic(this.port, Credentials.MANAGEMENT).get("/api/deliveries").body())
			.contains("\"target\":\"chef-loggtest@example.org\"", "\"state\":\"NOT_CONFIGURED\"");
	}

	@Test
	void theStatusPageAndItsFeedsArePublic() {
		WebClient anonymous = WebClient.anonymous(this.port);
		for (String path : new String[] { "/driftinformation", "/driftinformation/feed.atom",
				"/driftinformation/planerade.ics", "/driftinformation/driftinformation.css", "/api/status" }) {
			assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(200);
		}
	}

}
