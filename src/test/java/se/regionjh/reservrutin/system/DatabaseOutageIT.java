package se.regionjh.reservrutin.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

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

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionjh.reservrutin.support.RestChecks.assessJournalenOutage;
import static se.regionjh.reservrutin.support.RestChecks.awaitTask;
import static se.regionjh.reservrutin.support.RestChecks.awaitTrue;
import static se.regionjh.reservrutin.support.RestChecks.declareJournalenOutage;
import static se.regionjh.reservrutin.support.RestChecks.deliveries;
import static se.regionjh.reservrutin.support.RestChecks.deliveryLog;
import static se.regionjh.reservrutin.support.RestChecks.expect;
import static se.regionjh.reservrutin.support.RestChecks.json;
import static se.regionjh.reservrutin.support.RestChecks.reportFault;
import static se.regionjh.reservrutin.support.RestChecks.sleep;

/**
 * PostgreSQL stops for a minute while the application works (issue 12): the
 * built jar runs in a JVM of its own with its job executor on, with outages
 * published (their Teams posts refused once, so they wait for a retry), fault
 * reports whose triage reminders fall due during the outage, and SMTP down
 * until the middle of it. The database is then stopped (its data kept) and
 * started again on the same data directory and port. Requests are made all
 * the while.
 *
 * <p>Proven with figures (printed as {@code FIGURES}): the process stays up;
 * {@code /actuator/health} answers 503 during the outage and 200 again after;
 * the status page and {@code /api/status} answer 200 from their snapshot
 * throughout, {@code "stale": true} once a rebuild failed; every request that
 * needs the database fails with a 5xx within a bounded time; after the
 * restart every process instance, task and delivery from before is there,
 * every pending delivery and every reminder that fell due is sent exactly
 * once.
 */
class DatabaseOutageIT {

	private static final Duration OUTAGE = Duration.ofSeconds(60);

	/** The status page's periodic rebuild; the snapshot is stale after two failed intervals. */
	private static final Duration REFRESH = Duration.ofSeconds(2);

	/** The triage reminders fall due this long after the reports: while the database is down. */
	private static final Duration TRIAGE_WITHIN = Duration.ofSeconds(40);

	/** A request waiting this long for an answer hangs: the client gives up. */
	private static final Duration HANG = Duration.ofSeconds(45);

	/**
	 * The longest any answer may take during the outage: the connection timeout
	 * (5 s, spring.datasource.hikari.connection-timeout) and a margin.
	 */
	private static final Duration BOUND = Duration.ofSeconds(10);

	private static final int OUTAGES = 3;

	private static final int FAULT_REPORTS = 4;

	private static final String UNITS = "[\"hc-ostersund\", \"hc-krokom\"]";

	/** One answer during the outage: what, when (ms after the stop), status (-1: no answer in time), ms taken. */
	record Answer(String what, long at, int status, long millis, String body) {
	}

	@Test
	void theApplicationSurvivesPostgresqlStoppedForAMinuteAndLosesNothing() throws Exception {
		Path folder = ApplicationJvm.freshFolder("database-outage", "node");
		File data = folder.resolve("pgdata").toFile();
		int pgPort = ApplicationJvm.freePort();
		int smtpPort = ApplicationJvm.freePort();
		FakeTeams teams = new FakeTeams();
		EmbeddedPostgres postgres = postgres(data, pgPort);
		ApplicationJvm node = null;
		GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		try {
			String databaseUrl = EmbeddedPostgresInitializer.createDatabase(postgres, "database_outage");
			node = ApplicationJvm.start(folder, Map.of(
					"DATABASE_URL", databaseUrl,
					"DATABASE_USER", "postgres", "DATABASE_PASSWORD", "",
					"RESERVRUTIN_STATUS_PAGE_REFRESH_INTERVAL", "PT" + REFRESH.toSeconds() + "S",
					"RESERVRUTIN_DEADLINES_TRIAGE_WITHIN", "PT" + TRIAGE_WITHIN.toSeconds() + "S",
					// SMTP is down (nothing listens) until the middle of the outage.
					"SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT", String.valueOf(smtpPort),
					"RESERVRUTIN_TEAMS_ALLOW_INSECURE_LOOPBACK", "true",
					"TEAMS_WEBHOOK_JOURNALEN", teams.url("journalen")), "node");
			int port = node.port();
			WebClient management = WebClient.basic(port, Credentials.MANAGEMENT);
			WebClient admin = WebClient.basic(port, Credentials.ADMIN);
			String run = UUID.randomUUID().toString().substring(0, 8);

			// Work in flight: published outages whose Teams post is refused once and whose e-mails cannot be
			// sent, and fault reports whose triage reminders fall due while the database is down.
			List<String> titles = new ArrayList<>();
			for (int i = 0; i < OUTAGES; i++) {
				teams.answer("journalen", 503, Map.of(), "Service Unavailable");
			}
			for (int i = 0; i < OUTAGES; i++) {
				String title = "Journalen svarar inte " + run + "-" + i;
				String instance = declareJournalenOutage(management, title);
				assessJournalenOutage(management, awaitTask(management, instance, OutageProcess.Elements.ASSESS_OUTAGE),
						title, UNITS);
				awaitTask(management, instance, OutageProcess.Elements.UPDATE_STATUS);
				titles.add(title);
			}
			List<String> reports = new ArrayList<>();
			for (int i = 0; i < FAULT_REPORTS; i++) {
				reports.add(reportFault(port, run + "-" + i));
			}
			for (String reference : reports) {
				awaitTrue("the arrival notice of " + reference,
						() -> deliveries(management, reference, "Ny felanmälan") == 1);
			}
			// No delivery job in flight when the database stops: each one has failed once and waits.
			awaitTrue("every delivery tried once", () -> {
				JsonNode log = deliveryLog(management);
				for (JsonNode delivery : log) {
					String state = delivery.path("state").asText();
					if (!Set.of("SENT", "RETRYING", "NOT_CONFIGURED").contains(state)) {
						return false;
					}
				}
				return log.size() > 0;
			});
			sleep(Duration.ofSeconds(2));
			JsonNode statusBefore = json(expect(200, WebClient.anonymous(port).get("/api/status")));
			assertThat(statusBefore.path("stale").asBoolean()).isFalse();
			assertThat(statusBefore.toString()).contains(titles);
			Set<String> instancesBefore = ids(admin, "/engine-rest/history/process-instance?maxResults=2000");
			Set<String> tasksBefore = ids(admin, "/engine-rest/task?maxResults=2000");
			Map<Long, String> deliveriesBefore = states(deliveryLog(management));
			assertThat(deliveriesBefore.values()).as("deliveries waiting for their retry").contains("RETRYING");

			// The outage: PostgreSQL stops (fast shutdown: open connections are cut) and starts again later.
			Instant stopped = Instant.now();
			postgres.close();
			List<Answer> answers = java.util.Collections.synchronizedList(new ArrayList<>());
			AtomicBoolean measuring = new AtomicBoolean(true);
			ExecutorService pollers = Executors.newFixedThreadPool(5);
			List<Future<?>> polling = new ArrayList<>();
			WebClient anonymous = WebClient.anonymous(port).timeout(HANG);
			WebClient staff = WebClient.basic(port, Credentials.OSTERSUND_STAFF).timeout(HANG);
			WebClient managementTimed = WebClient.basic(port, Credentials.MANAGEMENT).timeout(HANG);
			polling.add(pollers.submit(() -> poll("health", stopped, measuring, answers, Duration.ofMillis(500),
					() -> anonymous.get("/actuator/health"))));
			polling.add(pollers.submit(() -> poll("api-status", stopped, measuring, answers, Duration.ofSeconds(1),
					() -> anonymous.get("/api/status"))));
			polling.add(pollers.submit(() -> poll("page", stopped, measuring, answers, Duration.ofSeconds(1),
					() -> anonymous.get("/driftinformation"))));
			polling.add(pollers.submit(() -> poll("fault-report", stopped, measuring, answers, Duration.ofSeconds(2),
					() -> staff.postJson("/api/fault-reports", """
							{"services": ["personalverktyget"], "description": "Under avbrottet (%s)."}"""
						.formatted(run)))));
			polling.add(pollers.submit(() -> poll("delivery-log", stopped, measuring, answers, Duration.ofSeconds(2),
					() -> managementTimed.get("/api/deliveries?limit=5"))));

			sleep(OUTAGE.dividedBy(3));
			smtp.start();
			sleep(Duration.between(Instant.now(), stopped.plus(OUTAGE)));
			Instant restarted = Instant.now();
			postgres = postgres(data, pgPort);

			// Back: health UP, the status page fresh, every waiting job done.
			long restartAt = millis(stopped, restarted);
			awaitTrue("health UP after the restart", () -> answered(answers, "health", restartAt, 200));
			awaitTrue("the status page fresh again", () -> {
				synchronized (answers) {
					return answers.stream()
						.anyMatch((a) -> a.what().equals("api-status") && a.at() > restartAt
								&& a.body().contains("\"stale\":false"));
				}
			});
			measuring.set(false);
			for (Future<?> poller : polling) {
				poller.get();
			}
			pollers.shutdown();
			awaitTrue("every delivery from before the outage sent", () -> states(deliveryLog(management)).entrySet()
				.stream()
				.filter((d) -> deliveriesBefore.containsKey(d.getKey()) && !"NOT_CONFIGURED".equals(d.getValue()))
				.allMatch((d) -> "SENT".equals(d.getValue())));
			for (String reference : reports) {
				awaitTrue("the triage reminder of " + reference + ", due during the outage",
						() -> deliveries(management, reference, "inte bedömd") == 1);
			}
			awaitTrue("every delivery sent", () -> states(deliveryLog(management)).values()
				.stream()
				.allMatch((state) -> Set.of("SENT", "NOT_CONFIGURED").contains(state)));
			// Long enough for a second run of anything that ran twice.
			sleep(Duration.ofSeconds(10));

			System.out.printf("FIGURES DatabaseOutageIT: outage %d s; health DOWN from %d ms after the stop, UP %d ms "
					+ "after the restart; slowest answer by kind %s; answers to requests sent during the outage: %s; "
					+ "e-mails %d, Teams posts %d (%d refused on purpose); instances %d, tasks %d, deliveries %d before%n",
					OUTAGE.toSeconds(), firstAt(answers, "health", 503, -1),
					firstAt(answers, "health", 200, restartAt) - restartAt, slowest(answers),
					failures(answers, restartAt), smtp.getReceivedMessages().length,
					teams.received("journalen").size(), OUTAGES, instancesBefore.size(), tasksBefore.size(),
					deliveriesBefore.size());
			// Nothing lost.
			assertThat(node.isAlive()).as("the application process stayed up").isTrue();
			assertThat(ids(admin, "/engine-rest/history/process-instance?maxResults=2000"))
				.containsAll(instancesBefore);
			assertThat(ids(admin, "/engine-rest/task?maxResults=2000")).containsAll(tasksBefore);
			JsonNode log = deliveryLog(management);
			assertThat(states(log).keySet()).containsAll(deliveriesBefore.keySet());
			for (String reference : reports) {
				assertThat(deliveries(management, reference, "inte bedömd")).as(reference).isEqualTo(1);
				assertThat(deliveries(management, reference, "Ny felanmälan")).as(reference).isEqualTo(1);
			}
			// Exactly one e-mail per delivery and recipient, and one accepted Teams post per outage.
			Map<String, Integer> mailed = mailsByRecipientAndSubject(smtp);
			Map<String, Integer> expected = new TreeMap<>();
			for (JsonNode delivery : log) {
				if ("EMAIL".equals(delivery.path("channel").asText())) {
					expected.merge(delivery.path("target").asText() + " | " + delivery.path("subject").asText(), 1,
							Integer::sum);
				}
			}
			assertThat(expected).as("e-mail deliveries in the log").isNotEmpty().allSatisfy((key, n) -> assertThat(n)
				.as(key).isEqualTo(1));
			assertThat(mailed).as("e-mails received, by recipient and subject").isEqualTo(expected);
			List<FakeTeams.Received> posts = teams.received("journalen");
			for (String title : titles) {
				long received = posts.stream().filter((p) -> p.body().contains(title)).count();
				assertThat(received).as("Teams posts of " + title + " (the first refused)").isEqualTo(2);
			}

			// During the outage: the public pages answered from the snapshot, everything else failed in time.
			// Requests answered before the restart (one sent during the outage may wait for a connection and then
			// succeed once the database is back).
			List<Answer> during = answers.stream().filter((a) -> a.at() + a.millis() < restartAt).toList();
			for (String page : List.of("page", "api-status")) {
				assertThat(during).filteredOn((a) -> a.what().equals(page))
					.as(page + " during the outage")
					.hasSizeGreaterThan(20)
					.allSatisfy((a) -> assertThat(a.status()).as(a.toString()).isEqualTo(200));
			}
			assertThat(during).filteredOn((a) -> a.what().equals("api-status") && a.at() > 10_000)
				.allSatisfy((a) -> assertThat(a.body()).contains("\"stale\":true"));
			assertThat(during).filteredOn((a) -> a.what().equals("page") && a.at() > 10_000)
				.allSatisfy((a) -> assertThat(a.body()).contains("Uppgifterna kan vara inaktuella"));
			for (String needsDatabase : List.of("fault-report", "delivery-log")) {
				assertThat(during).filteredOn((a) -> a.what().equals(needsDatabase) && a.at() > 5_000)
					.as(needsDatabase + " during the outage")
					.isNotEmpty()
					.allSatisfy((a) -> assertThat(a.status()).as(a.toString()).isBetween(500, 599));
			}
			long firstDown = firstAt(answers, "health", 503, -1);
			assertThat(firstDown).as("health DOWN during the outage").isNotNegative();
			long upAgain = firstAt(answers, "health", 200, restartAt);
			assertThat(upAgain).as("health UP after the restart").isNotNegative();
			assertThat(during).filteredOn((a) -> a.what().equals("health") && a.at() > firstDown + 1_000)
				.allSatisfy((a) -> assertThat(a.status()).as(a.toString()).isEqualTo(503));
			assertThat(answers).allSatisfy((a) -> assertThat(a.millis()).as(a.toString()).isLessThan(BOUND.toMillis()));
			// And it works again: a new report is taken.
			reportFault(port, run + "-after");
		}
		finally {
			if (node != null) {
				node.kill();
			}
			smtp.stop();
			teams.stop();
			postgres.close();
		}
	}

	/** The same data directory and port every time, not cleaned: a stop and a start of one server. */
	private static EmbeddedPostgres postgres(File data, int port) throws IOException {
		return EmbeddedPostgresInitializer.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(port)
			.start();
	}

	private static void poll(String what, Instant stopped, AtomicBoolean measuring, List<Answer> answers,
			Duration every, Supplier<HttpResponse<String>> request) {
		while (measuring.get()) {
			Instant sent = Instant.now();
			int status;
			String body;
			try {
				HttpResponse<String> response = request.get();
				status = response.statusCode();
				body = response.body();
			}
			catch (UncheckedIOException ex) {
				status = -1;
				body = ex.toString();
			}
			long took = Duration.between(sent, Instant.now()).toMillis();
			answers.add(new Answer(what, millis(stopped, sent), status, took, body));
			sleep(every);
		}
	}

	private static boolean answered(List<Answer> answers, String what, long afterMillis, int status) {
		synchronized (answers) {
			return answers.stream()
				.anyMatch((a) -> a.what().equals(what) && a.status() == status && a.at() > afterMillis);
		}
	}

	private static long millis(Instant from, Instant to) {
		return Duration.between(from, to).toMillis();
	}

	private static Map<String, Long> slowest(List<Answer> answers) {
		Map<String, Long> slowest = new TreeMap<>();
		synchronized (answers) {
			answers.forEach((a) -> slowest.merge(a.what(), a.millis(), Math::max));
		}
		return slowest;
	}

	/** Answers by kind and status, of requests answered before the restart and of those answered after. */
	private static Map<String, Long> failures(List<Answer> answers, long restartAt) {
		Map<String, Long> counted = new TreeMap<>();
		synchronized (answers) {
			answers.stream()
				.filter((a) -> a.at() < restartAt)
				.forEach((a) -> counted.merge(a.what() + " " + a.status()
						+ ((a.at() + a.millis() < restartAt) ? "" : " (answered after the restart)"), 1L, Long::sum));
		}
		return counted;
	}

	/** When (ms after the stop) the first answer of that kind and status after the given time was sent; -1: none. */
	private static long firstAt(List<Answer> answers, String what, int status, long after) {
		synchronized (answers) {
			return answers.stream()
				.filter((a) -> a.what().equals(what) && a.status() == status && a.at() > after)
				.mapToLong(Answer::at)
				.min()
				.orElse(-1);
		}
	}

	private static Set<String> ids(WebClient client, String path) throws IOException {
		Set<String> ids = new TreeSet<>();
		json(expect(200, client.get(path))).forEach((node) -> ids.add(node.path("id").asText()));
		return ids;
	}

	private static Map<Long, String> states(JsonNode log) {
		Map<Long, String> states = new TreeMap<>();
		log.forEach((delivery) -> states.put(delivery.path("id").asLong(), delivery.path("state").asText()));
		return states;
	}

	private static Map<String, Integer> mailsByRecipientAndSubject(GreenMail smtp) throws Exception {
		Map<String, Integer> mailed = new TreeMap<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			mailed.merge(message.getHeader("To", ",") + " | " + message.getSubject(), 1, Integer::sum);
		}
		return mailed;
	}

}
