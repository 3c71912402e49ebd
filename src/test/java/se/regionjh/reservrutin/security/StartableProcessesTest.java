package se.regionjh.reservrutin.security;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.regionjh.reservrutin.faultreport.FaultReportProcess;
import se.regionjh.reservrutin.routines.RoutineDeficiencyProcess;
import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each kind of user may start from Tasklist's "Starta process": the
 * grants the features declare ({@link ProcessStarters}), read back through
 * the engine with its permission check, as Tasklist asks.
 */
@WebIntegrationTest
class StartableProcessesTest {

	private static final String STARTABLE = "/engine-rest/process-definition?latestVersion=true"
			+ "&startableInTasklist=true&startablePermissionCheck=true&sortBy=key&sortOrder=asc&maxResults=50";

	@LocalServerPort
	int port;

	@Test
	void unitStaffStartAFaultReportOnly() throws Exception {
		assertThat(startable(Credentials.OSTERSUND_STAFF)).containsExactly(FaultReportProcess.KEY);
		assertThat(startable(Credentials.KROKOM_STAFF)).containsExactly(FaultReportProcess.KEY);
	}

	@Test
	void unitManagersAlsoReportADeficiencyInTheRoutine() throws Exception {
		assertThat(startable(Credentials.OSTERSUND_MANAGER)).containsExactly(FaultReportProcess.KEY,
				RoutineDeficiencyProcess.KEY);
	}

	@Test
	void staffCannotStartADeficiencyReportThroughTheApiEither() {
		assertThat(WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.postJson("/engine-rest/process-definition/key/" + RoutineDeficiencyProcess.KEY + "/start", "{}")
			.statusCode()).as("refused: staff may not even see the definition").isIn(403, 404);
	}

	private List<String> startable(String user) throws Exception {
		String body = WebClient.basic(this.port, user).get(STARTABLE).body();
		List<String> keys = new ArrayList<>();
		for (JsonNode definition : new ObjectMapper().readTree(body)) {
			keys.add(definition.path("key").asText());
		}
		return keys;
	}

}
