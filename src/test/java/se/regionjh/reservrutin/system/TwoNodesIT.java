package se.regionjh.reservrutin.system;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import se.regionjh.reservrutin.outage.OutageProcess;
import se.regionjh.reservrutin.support.EmbeddedPostgresInitializer;
import se.regionjh.reservrutin.support.ApplicationJvm;
import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionjh.reservrutin.support.RestChecks.assessJournalenOutage;
import static se.regionjh.reservrutin.support.RestChecks.awaitTask;
import static se.regionjh.reservrutin.support.RestChecks.awaitTrue;
import static se.regionjh.reservrutin.support.RestChecks.declareJournalenOutage;
import static se.regionjh.reservrutin.support.RestChecks.deliveries;
import static se.regionjh.reservrutin.support.RestChecks.expect;
import static se.regionjh.reservrutin.support.RestChecks.json;
import static se.regionjh.reservrutin.support.RestChecks.reportFault;
import static se.regionjh.reservrutin.support.RestChecks.sleep;

/**
 * Two nodes of the application, each the built jar in its own JVM with its job
 * executor on, on one PostgreSQL database (Camunda 7's cluster model): work
 * started on one is done on the other, a completed task is gone on both, each
 * node's status page shows what the other changed within its refresh
 * interval, and a timer job runs once although two executors poll for it,
 * and once when it fell due while every node was down.
 */
class TwoNodesIT {

	/** The status page's periodic rebuild on both nodes. */
	private static final Duration REFRESH = Duration.ofSeconds(2);

	/** The triage reminder falls due this long after a report, while both executors poll (or none runs). */
	private static final Duration TRIAGE_WITHIN = Duration.ofSeconds(20);

	@Test
	void twoNodesOnOneDatabaseShareTheWorkAndRunEachJobOnce() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgresInitializer.builder().start()) {
			String databaseUrl = EmbeddedPostgresInitializer.createDatabase(postgres, "two_nodes");
			Map<String, String> environment = Map.of(
					"DATABASE_URL", databaseUrl,
					"DATABASE_USER", "postgres", "DATABASE_PASSWORD", "",
					"RESERVRUTIN_STATUS_PAGE_REFRESH_INTERVAL", "PT" + REFRESH.toSeconds() + "S",
					// The triage reminder falls due seconds after a report, while both executors poll.
					"RESERVRUTIN_DEADLINES_TRIAGE_WITHIN", "PT" + TRIAGE_WITHIN.toSeconds() + "S");
			// The first node creates the schema; the second joins the running cluster.
			ApplicationJvm a = ApplicationJvm.start(folder("node-a"), environment, "node-a");
			ApplicationJvm b = null;
			try {
				b = ApplicationJvm.start(folder("node-b"), environment, "node-b");
				shareTheWork(a.port(), b.port());

				// A reminder that falls due while every node is down fires once, after the restart.
				// (Once its timer exists: a job a killed node had locked waits for its lock to expire, 5 min.)
				String reference = reportFault(a.port(), "nere");
				WebClient managementA = WebClient.basic(a.port(), Credentials.MANAGEMENT);
				awaitTrue("the triage of " + reference, () -> triageOpen(managementA, reference));
				a.kill();
				b.kill();
				sleep(TRIAGE_WITHIN.plusSeconds(5));
				a = ApplicationJvm.start(folder("node-a-again"), environment, "node-a-again");
				WebClient management = WebClient.basic(a.port(), Credentials.MANAGEMENT);
				awaitTrue("the overdue reminder of " + reference + " after the restart",
						() -> deliveries(management, reference, "inte bedömd") == 1);
				sleep(Duration.ofSeconds(10));
				assertThat(deliveries(management, reference, "inte bedömd")).isEqualTo(1);
			}
			finally {
				a.kill();
				if (b != null) {
					b.kill();
				}
			}
		}
	}

	private void shareTheWork(int portA, int portB) throws Exception {
		WebClient managementA = WebClient.basic(portA, Credentials.MANAGEMENT);
		WebClient managementB = WebClient.basic(portB, Credentials.MANAGEMENT);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String title = "Journalen svarar inte " + run;

		// Declared on A ...
		String instance = declareJournalenOutage(managementA, title);
		// ... assessed on B.
		String assessment = awaitTask(managementB, instance, OutageProcess.Elements.ASSESS_OUTAGE);
		assessJournalenOutage(managementB, assessment, title);

		// The task completed on B is gone on A, and the next one is there.
		assertThat(managementA.get("/engine-rest/task/" + assessment).statusCode()).isEqualTo(404);
		String update = awaitTask(managementA, instance, OutageProcess.Elements.UPDATE_STATUS);
		assertThat(update).isNotBlank();

		// Each node's status page shows the published outage, A's although B made the change.
		Instant published = Instant.now();
		for (int port : new int[] { portA, portB }) {
			WebClient anonymous = WebClient.anonymous(port);
			awaitTrue("the outage on the status page of the node on port " + port,
					() -> anonymous.get("/api/status").body().contains(title));
		}
		assertThat(Duration.between(published, Instant.now())).isLessThan(REFRESH.multipliedBy(5));

		// A fault report on A: its reminder timer falls due while both nodes' executors poll.
		String reference = reportFault(portA, run);
		awaitTrue("the triage reminder of " + reference, () -> deliveries(managementB, reference, "inte bedömd") == 1);
		// Long after it fell due, with both executors polling all along: still exactly one reminder.
		sleep(Duration.ofSeconds(15));
		assertThat(deliveries(managementA, reference, "inte bedömd")).isEqualTo(1);
		assertThat(deliveries(managementA, reference, "Ny felanmälan")).isEqualTo(1);
	}

	private static boolean triageOpen(WebClient client, String reference) {
		try {
			return json(expect(200, client.get("/engine-rest/task?taskDefinitionKey=Task_TriageFaultReport"
					+ "&processInstanceBusinessKey=" + reference + "&maxResults=1"))).size() == 1;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path folder(String name) throws IOException {
		return ApplicationJvm.freshFolder("two-nodes", name);
	}

}
