package se.regionjh.reservrutin.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

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
	void theStatusPageAndItsFeedsArePublic() {
		WebClient anonymous = WebClient.anonymous(this.port);
		for (String path : new String[] { "/driftinformation", "/driftinformation/feed.atom",
				"/driftinformation/planerade.ics", "/driftinformation/driftinformation.css", "/api/status" }) {
			assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(200);
		}
	}

}
