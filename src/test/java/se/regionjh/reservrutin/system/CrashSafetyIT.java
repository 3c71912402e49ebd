package se.regionjh.reservrutin.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import se.regionjh.reservrutin.outage.OutageProcess;
import se.regionjh.reservrutin.support.EmbeddedPostgresInitializer;
import se.regionjh.reservrutin.support.ApplicationJvm;
import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebClient;

import static se.regionjh.reservrutin.support.RestChecks.assessJournalenOutage;
import static se.regionjh.reservrutin.support.RestChecks.awaitTask;
import static se.regionjh.reservrutin.support.RestChecks.awaitTrue;
import static se.regionjh.reservrutin.support.RestChecks.declareJournalenOutage;
import static se.regionjh.reservrutin.support.RestChecks.expect;
import static se.regionjh.reservrutin.support.RestChecks.formTime;
import static se.regionjh.reservrutin.support.RestChecks.json;
import static se.regionjh.reservrutin.support.RestChecks.sleep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Confirmed means written: the built jar runs as a child process, takes
 * confirmed writes of every kind (Inera notices and fault reports through the
 * intake API, a process started from a form, an assessment and a status update
 * completed over the engine REST API), and is killed hard (SIGKILL, no shutdown
 * hook) right after the last answer. Started again on the same database, it
 * still has every one of them and goes on from there (issue 12, item 1).
 *
 * <p>On the embedded default the child runs in a folder of its own with the
 * default H2 URL untouched, exactly as {@code java -jar} or
 * {@code spring-boot:run} would; on PostgreSQL it gets an embedded server.
 */
class CrashSafetyIT {

	private static final int INERA_NOTICES = 10;

	private static final int FAULT_REPORTS = 20;

	@Test
	void theEmbeddedDefaultKeepsEveryConfirmedWriteWhenKilledHard() throws Exception {
		Path folder = freshFolder("h2");
		crashAndRestart(folder, Map.of());
	}

	@Test
	void postgresqlKeepsEveryConfirmedWriteWhenKilledHard() throws Exception {
		Path folder = freshFolder("postgres");
		try (EmbeddedPostgres postgres = EmbeddedPostgresInitializer.builder().start()) {
			String databaseUrl = EmbeddedPostgresInitializer.createDatabase(postgres, "crash_safety");
			crashAndRestart(folder,
					Map.of("DATABASE_URL", databaseUrl,
							"DATABASE_USER", "postgres", "DATABASE_PASSWORD", ""));
		}
	}

	private void crashAndRestart(Path folder, Map<String, String> environment) throws Exception {
		Confirmed confirmed;
		ApplicationJvm first = ApplicationJvm.start(folder, environment, "first");
		try {
			confirmed = confirmWritesOfEveryKind(first.port());
		}
		finally {
			// The kill follows the last 2xx answer at once: nothing gets a chance to flush.
			first.kill();
		}

		ApplicationJvm second = ApplicationJvm.start(folder, environment, "after-kill");
		try {
			assertEverythingConfirmedIsThere(second.port(), confirmed);
		}
		finally {
			second.kill();
		}
	}

	/** What the first run answered with 2xx. */
	private record Confirmed(List<String> ineraReferences, List<String> faultReportPaths, String declaredInstance,
			String assessmentTask, String updateTask, String statusText) {
	}

	private Confirmed confirmWritesOfEveryKind(int port) throws Exception {
		WebClient management = WebClient.basic(port, Credentials.MANAGEMENT);
		WebClient staff = WebClient.basic(port, Credentials.OSTERSUND_STAFF);
		String run = UUID.randomUUID().toString().substring(0, 8);

		// An unplanned outage declared from its start form, assessed, then updated.
		String declaredInstance = declareJournalenOutage(management, "Journalen svarar inte " + run);
		String assessmentTask = awaitTask(management, declaredInstance, OutageProcess.Elements.ASSESS_OUTAGE);
		assessJournalenOutage(management, assessmentTask, "Journalen svarar inte " + run);
		String updateTask = awaitTask(management, declaredInstance, OutageProcess.Elements.UPDATE_STATUS);

		List<String> references = new ArrayList<>();
		for (int i = 0; i < INERA_NOTICES; i++) {
			String reference = "INC-CRASH-" + run + "-" + i;
			OffsetDateTime start = OffsetDateTime.now(ZoneId.of("Europe/Stockholm")).plusDays(7).withNano(0);
			expect(201, management.postJson("/api/inera-notices", """
					{"reference": "%s", "type": "PLANNED", "title": "Planerat underhåll %d",
					 "services": ["journalen"], "startsAt": "%s", "expectedEnd": "%s",
					 "text": "Inera genomför planerat underhåll."}""".formatted(reference, i, start,
					start.plusHours(2))));
			references.add(reference);
		}
		// The status update, then a burst of fault reports, the last answered just before the kill.
		String statusText = "Felsökning pågår fortfarande (" + run + ").";
		expect(204, management.postJson("/engine-rest/task/" + updateTask + "/submit-form", """
				{"variables": {
				  "statusText": {"value": "%s"},
				  "nextUpdateAt": {"value": "%s"},
				  "serviceRestored": {"value": false}}}""".formatted(statusText,
				formTime(Instant.now().plus(Duration.ofHours(2))))));
		List<String> faultReports = new ArrayList<>();
		for (int i = 0; i < FAULT_REPORTS; i++) {
			HttpResponse<String> created = expect(201, staff.postJson("/api/fault-reports", """
					{"services": ["personalverktyget"], "description": "Personalverktyget svarar inte (%s, %d)."}"""
				.formatted(run, i)));
			faultReports.add(java.net.URI.create(created.headers().firstValue("Location").orElseThrow()).getPath());
		}

		return new Confirmed(references, faultReports, declaredInstance, assessmentTask, updateTask, statusText);
	}

	private void assertEverythingConfirmedIsThere(int port, Confirmed confirmed) throws Exception {
		WebClient management = WebClient.basic(port, Credentials.MANAGEMENT);
		WebClient admin = WebClient.basic(port, Credentials.ADMIN);

		for (String reference : confirmed.ineraReferences()) {
			JsonNode notice = json(expect(200, management.get("/api/inera-notices/" + reference)));
			assertThat(notice.path("ineraReference").asText()).isEqualTo(reference);
		}
		assertThat(count(admin, "/engine-rest/history/process-instance/count?processDefinitionKey=OutageProcess"))
			.as("outage processes: the declared one and one per Inera notice")
			.isEqualTo(1 + INERA_NOTICES);
		for (String path : confirmed.faultReportPaths()) {
			expect(200, management.get(path));
		}
		assertThat(count(admin, "/engine-rest/history/process-instance/count?processDefinitionKey=FaultReportProcess"))
			.isEqualTo(FAULT_REPORTS);

		// Completed tasks stay completed; the process went on past them.
		assertThat(management.get("/engine-rest/task/" + confirmed.assessmentTask()).statusCode()).isEqualTo(404);
		assertThat(management.get("/engine-rest/task/" + confirmed.updateTask()).statusCode()).isEqualTo(404);
		// ... and the update confirmed last is published after the restart.
		awaitTrue("the status update is published after the restart", () -> management
			.get("/engine-rest/process-instance/" + confirmed.declaredInstance() + "/variables/outageId")
			.statusCode() == 200 && publicTextOf(management, confirmed).contains(confirmed.statusText()));
		awaitTask(management, confirmed.declaredInstance(), OutageProcess.Elements.UPDATE_STATUS);
	}

	private static String publicTextOf(WebClient management, Confirmed confirmed) {
		try {
			long outageId = json(management
				.get("/engine-rest/process-instance/" + confirmed.declaredInstance() + "/variables/outageId"))
				.path("value")
				.asLong();
			return management.get("/api/outages/" + outageId).body();
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static long count(WebClient client, String path) throws IOException {
		return json(expect(200, client.get(path))).path("count").asLong();
	}

	private static Path freshFolder(String name) throws IOException {
		return ApplicationJvm.freshFolder("crash-safety", name);
	}

}
