package se.regionjh.reservrutin.system;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import se.regionjh.reservrutin.outage.OutageProcess;
import se.regionjh.reservrutin.publication.FakeTeams;
import se.regionjh.reservrutin.support.EmbeddedPostgresInitializer;
import se.regionjh.reservrutin.support.ApplicationJvm;
import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.units.EService;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionjh.reservrutin.support.RestChecks.assessJournalenOutage;
import static se.regionjh.reservrutin.support.RestChecks.awaitTask;
import static se.regionjh.reservrutin.support.RestChecks.awaitTrue;
import static se.regionjh.reservrutin.support.RestChecks.declareJournalenOutage;
import static se.regionjh.reservrutin.support.RestChecks.deliveries;
import static se.regionjh.reservrutin.support.RestChecks.deliveryLog;
import static se.regionjh.reservrutin.support.RestChecks.reportFault;
import static se.regionjh.reservrutin.support.RestChecks.sleep;

/**
 * SMTP and Teams unreachable while two nodes publish (issue 12): two JVMs of
 * the built jar with their job executors on, on one PostgreSQL; a GreenMail
 * SMTP server and a stand-in for the Teams webhooks on loopback ports where
 * nothing listens yet. Outages are declared on one node and assessed on the
 * other, fault reports come in on both; every e-mail and Teams delivery fails
 * (connection refused) and waits for its retry. Then both servers start and
 * every delivery arrives exactly once: one e-mail per recipient and subject,
 * one post per outage in the service's channel and none elsewhere. While they
 * are away both nodes stay healthy: SMTP is not the node's health.
 */
class DeliveryOutageIT {

	private static final int OUTAGES = 4;

	private static final int FAULT_REPORTS = 2;

	/** The first retry of a delivery comes a minute after its first attempt (PublicationDeliveryProcess.bpmn). */
	private static final Duration DOWN_AFTER_LAST_FAILURE = Duration.ofSeconds(40);

	private static final String UNITS = "[\"hc-ostersund\", \"hc-krokom\"]";

	@Test
	void everyDeliveryArrivesOnceWhenSmtpAndTeamsComeBack() throws Exception {
		int smtpPort = ApplicationJvm.freePort();
		int teamsPort = ApplicationJvm.freePort();
		GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		FakeTeams teams = null;
		try (EmbeddedPostgres postgres = EmbeddedPostgresInitializer.builder().start()) {
			String databaseUrl = EmbeddedPostgresInitializer.createDatabase(postgres, "delivery_outage");
			Map<String, String> environment = new HashMap<>(Map.of(
					"DATABASE_URL", databaseUrl,
					"DATABASE_USER", "postgres", "DATABASE_PASSWORD", "",
					"SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT", String.valueOf(smtpPort),
					"RESERVRUTIN_TEAMS_ALLOW_INSECURE_LOOPBACK", "true"));
			for (EService service : EService.values()) {
				environment.put("TEAMS_WEBHOOK_" + service.id().toUpperCase().replace('-', '_'),
						"http://127.0.0.1:" + teamsPort + FakeTeams.path(service.id()));
			}
			// Both nodes start while SMTP and Teams are away (and report healthy, which start() waits for).
			ApplicationJvm a = ApplicationJvm.start(ApplicationJvm.freshFolder("delivery-outage", "node-a"),
					environment, "node-a");
			ApplicationJvm b = null;
			try {
				b = ApplicationJvm.start(ApplicationJvm.freshFolder("delivery-outage", "node-b"), environment,
						"node-b");
				WebClient[] management = { WebClient.basic(a.port(), Credentials.MANAGEMENT),
						WebClient.basic(b.port(), Credentials.MANAGEMENT) };
				String run = UUID.randomUUID().toString().substring(0, 8);

				// Declared on one node, assessed on the other: each announcement is due by e-mail to two units
				// and in the journalen channel.
				List<String> titles = new ArrayList<>();
				for (int i = 0; i < OUTAGES; i++) {
					String title = "Journalen svarar inte " + run + "-" + i;
					String instance = declareJournalenOutage(management[i % 2], title);
					WebClient other = management[(i + 1) % 2];
					assessJournalenOutage(other, awaitTask(other, instance, OutageProcess.Elements.ASSESS_OUTAGE),
							title, UNITS);
					titles.add(title);
				}
				List<String> reports = new ArrayList<>();
				for (int i = 0; i < FAULT_REPORTS; i++) {
					reports.add(reportFault((i % 2 == 0) ? a.port() : b.port(), run + "-" + i));
				}
				// Every e-mail and Teams delivery has failed once and waits for its retry.
				awaitTrue("every delivery failed once", () -> {
					JsonNode log = deliveryLog(management[0]);
					long mailAndTeams = 0;
					for (JsonNode delivery : log) {
						if (external(delivery)) {
							mailAndTeams++;
							if (!"RETRYING".equals(delivery.path("state").asText())) {
								return false;
							}
						}
					}
					return mailAndTeams >= OUTAGES * 3 + FAULT_REPORTS;
				});
				Instant lastFailure = Instant.now();
				JsonNode failed = deliveryLog(management[1]);
				for (int port : new int[] { a.port(), b.port() }) {
					assertThat(WebClient.anonymous(port).get("/actuator/health").statusCode())
						.as("health of the node on port %d while SMTP and Teams are away", port)
						.isEqualTo(200);
				}
				sleep(DOWN_AFTER_LAST_FAILURE);
				for (int port : new int[] { a.port(), b.port() }) {
					assertThat(WebClient.anonymous(port).get("/actuator/health").statusCode()).isEqualTo(200);
				}

				// Back: every delivery goes out at its retry.
				Instant back = Instant.now();
				smtp.start();
				teams = new FakeTeams(teamsPort);
				awaitTrue("every e-mail and Teams delivery sent", () -> {
					for (JsonNode delivery : deliveryLog(management[0])) {
						if (external(delivery) && !"SENT".equals(delivery.path("state").asText())) {
							return false;
						}
					}
					return true;
				});
				Duration allSent = Duration.between(back, Instant.now());
				// Both executors keep polling: long enough for a second run of any delivery.
				sleep(Duration.ofSeconds(15));

				JsonNode log = deliveryLog(management[1]);
				Map<String, Integer> expectedMails = new TreeMap<>();
				Map<String, Integer> attempts = new TreeMap<>();
				for (JsonNode delivery : log) {
					if (!external(delivery)) {
						continue;
					}
					assertThat(delivery.path("state").asText()).as(delivery.toString()).isEqualTo("SENT");
					attempts.merge(delivery.path("attempts").asText() + " attempts", 1, Integer::sum);
					if ("EMAIL".equals(delivery.path("channel").asText())) {
						expectedMails.merge(delivery.path("target").asText() + " | " + delivery.path("subject").asText(),
								1, Integer::sum);
					}
				}
				assertThat(log.size()).as("no delivery row lost or added").isEqualTo(failed.size());
				Map<String, Integer> mailed = new TreeMap<>();
				for (MimeMessage message : smtp.getReceivedMessages()) {
					mailed.merge(message.getHeader("To", ",") + " | " + message.getSubject(), 1, Integer::sum);
				}
				assertThat(expectedMails).hasSizeGreaterThanOrEqualTo(OUTAGES * 2 + FAULT_REPORTS)
					.allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1));
				assertThat(mailed).as("e-mails received, by recipient and subject").isEqualTo(expectedMails);
				for (String title : titles) {
					assertThat(teams.received("journalen")).as("posts in the journalen channel about " + title)
						.filteredOn((post) -> post.body().contains(title))
						.hasSize(1);
				}
				assertThat(teams.received("journalen")).hasSize(OUTAGES);
				assertThat(teams.all()).as("posts in every channel: none but journalen's").hasSize(OUTAGES);
				for (String reference : reports) {
					assertThat(deliveries(management[0], reference, "Ny felanmälan")).isEqualTo(1);
				}
				assertThat(a.isAlive() && b.isAlive()).isTrue();
				System.out.printf(
						"FIGURES DeliveryOutageIT: SMTP and Teams away %d s after the last first failure; all sent %d s "
								+ "after they came back; e-mails %d (%d recipients and subjects), Teams posts %d; "
								+ "deliveries by attempts %s%n",
						Duration.between(lastFailure, back).toSeconds(), allSent.toSeconds(),
						mailed.values().stream().mapToInt(Integer::intValue).sum(), mailed.size(),
						teams.all().size(), attempts);
			}
			finally {
				a.kill();
				if (b != null) {
					b.kill();
				}
			}
		}
		finally {
			smtp.stop();
			if (teams != null) {
				teams.stop();
			}
		}
	}

	/** An e-mail or Teams delivery (the status page's own delivery never leaves the node). */
	private static boolean external(JsonNode delivery) {
		String channel = delivery.path("channel").asText();
		return ("EMAIL".equals(channel) || "TEAMS".equals(channel))
				&& !"NOT_CONFIGURED".equals(delivery.path("state").asText());
	}

}
