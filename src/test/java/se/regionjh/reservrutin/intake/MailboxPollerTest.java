package se.regionjh.reservrutin.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.regionjh.reservrutin.faultreport.FaultReportProcess;
import se.regionjh.reservrutin.outage.OutageProcess;
import se.regionjh.reservrutin.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The poller against a real IMAP server (GreenMail) on a free loopback port. */
@IntegrationTest
@AutoConfigureMockMvc
class MailboxPollerTest {

	private static final String AUTH = "Basic Zm9ydmFsdGFyZTpkZW1v";

	@Autowired
	MailIntake intake;

	@Autowired
	MailboxHealth health;

	@Autowired
	HistoryService history;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private int port;

	private GreenMail greenMail;

	private GreenMailUser fbl;

	@BeforeEach
	void startImapServer() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		startGreenMail();
	}

	private void startGreenMail() {
		this.greenMail = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
		this.greenMail.start();
		this.fbl = this.greenMail.setUser("1177etjanster@regionjh.se", "fbl", "secret");
	}

	@AfterEach
	void stopImapServer() {
		this.greenMail.stop();
	}

	private MailboxPoller poller(String processedFolder) {
		return new MailboxPoller(new MailboxProperties(true, "127.0.0.1", this.port, false, false, "fbl", "secret",
				"INBOX", processedFolder, "ReservrutinIntaget", true, Duration.ofMinutes(1), Duration.ofSeconds(10),
				Duration.ofSeconds(5), 50, List.of("@inera.se")), this.intake, this.health,
				List.of("1177etjanster@regionjh.se", "noreply@regionjh.se"));
	}

	private MailboxPoller poller() {
		return poller(null);
	}

	private void deliver(String from, String messageId, String subject, String body) throws Exception {
		deliverRaw("""
				From: %s
				To: 1177etjanster@regionjh.se
				Subject: %s
				Message-ID: %s
				Date: Thu, 26 Nov 2026 10:00:00 +0100
				MIME-Version: 1.0
				Content-Type: text/plain; charset=UTF-8
				Content-Transfer-Encoding: 8bit

				%s
				""".formatted(from, subject, messageId, body));
	}

	private void deliverRaw(String raw) throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
		this.fbl.deliver(message);
	}

	private List<StoredMessage> stored(String folder) throws Exception {
		MailFolder mailFolder = this.greenMail.getManagers()
			.getImapHostManager()
			.getFolder(this.fbl, folder);
		return (mailFolder != null) ? mailFolder.getMessages() : List.of();
	}

	private static String messageId() {
		return "<" + UUID.randomUUID() + "@test.example>";
	}

	private String outcome(String messageId) {
		return this.jdbc.sql("select outcome from intake_message where message_id = :id")
			.param("id", messageId)
			.query(String.class)
			.single();
	}

	@Test
	void anIneraMailBecomesAPlannedOutageWithItsTextAttached() throws Exception {
		String reference = "INC" + (System.nanoTime() % 10_000_000);
		String messageId = messageId();
		long before = ApiCalls.processInstances(this.history);
		deliver("Inera Driftinformation <driftinfo@inera.se>", messageId, "Planerat underhåll av 1177 Journalen", """
				Inera genomför planerat underhåll av 1177 Journalen.
				Referens: %s
				Start: 2026-12-03 kl. 18:00
				Beräknat klart: 3 december 2026 22.00
				""".formatted(reference));

		assertThat(poller().poll()).isEqualTo(1);

		assertThat(outcome(messageId)).isEqualTo("NOTICE");
		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before + 1);
		assertThat(this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(OutageProcess.KEY)
			.variableValueEquals(OutageProcess.Vars.INERA_REFERENCE, reference)
			.count()).isEqualTo(1);
		var outage = this.jdbc
			.sql("select services, public_text, starts_at, expected_end from outage where inera_reference = :r")
			.param("r", reference)
			.query()
			.singleRow();
		assertThat(outage.get("SERVICES")).isEqualTo("journalen");
		assertThat((String) outage.get("PUBLIC_TEXT")).contains("Inera genomför planerat underhåll", reference);
		assertThat(this.runtime.createProcessInstanceQuery()
			.variableValueEquals(OutageProcess.Vars.INERA_REFERENCE, reference)
			.singleResult()).isNotNull();
		assertThat(this.runtime.getVariable(this.runtime.createProcessInstanceQuery()
			.variableValueEquals(OutageProcess.Vars.INERA_REFERENCE, reference)
			.singleResult()
			.getId(), OutageProcess.Vars.EXPECTED_END)).isEqualTo("2026-12-03T22:00+01:00");
		StoredMessage mail = stored("INBOX").get(0);
		assertThat(mail.isSet(Flags.Flag.SEEN)).isTrue();
		assertThat(mail.getFlags().contains("ReservrutinIntaget")).isTrue();
		assertThat(this.health.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void inerasIncidentMailOpensAnOutageWithItsReferenceAndItsResolvedMailReachesIt() throws Exception {
		String reference = "INC" + (System.nanoTime() % 10_000_000);
		String first = messageId();
		deliver("Inera Driftinformation <driftinfo@inera.se>", first, "Störning i 1177 Journalen " + reference, """
				Inera felsöker en störning där invånare inte kan öppna 1177 Journalen.
				Referens: %s
				""".formatted(reference));

		assertThat(poller().poll()).isEqualTo(1);

		assertThat(outcome(first)).isEqualTo("NOTICE");
		var outage = this.jdbc.sql("select id, planned, services, state from outage where inera_reference = :r")
			.param("r", reference)
			.query()
			.singleRow();
		assertThat(outage.get("PLANNED")).isEqualTo(false);
		assertThat(outage.get("SERVICES")).isEqualTo("journalen");
		assertThat(outage.get("STATE")).isEqualTo("NEW");
		assertThat(this.jdbc.sql("select count(*) from fault_report where description like :r")
			.param("r", "%" + reference + "%")
			.query(Long.class)
			.single()).isZero();

		// Before the assessment the outage is not ongoing: Inera's "resolved" is shown to management, not lost.
		String resolved = messageId();
		deliver("driftinfo@inera.se", resolved, "Åtgärdat: " + reference, "Felet är löst. Referens: " + reference);
		assertThat(poller().poll()).isEqualTo(1);
		assertThat(this.jdbc.sql("select outage_id from intake_message where message_id = :id")
			.param("id", resolved)
			.query(Long.class)
			.optional()).isEmpty();
		assertThat(outcome(resolved)).isEqualTo("NEEDS_REVIEW");
	}

	@Test
	void aStaffMailBecomesAFaultReportOfTheSendersUnit() throws Exception {
		String messageId = messageId();
		long before = ApiCalls.processInstances(this.history);
		deliver("Per Personal <personal-ostersund@example.org>", messageId, "Personalverktyget svarar inte",
				"Vi kommer inte in i personalverktyget sedan kl. 8. /Per");

		assertThat(poller().poll()).isEqualTo(1);

		assertThat(outcome(messageId)).isEqualTo("FAULT_REPORT");
		var report = this.jdbc
			.sql("select f.id, f.reporter, f.unit_id, f.source, f.services, f.description from fault_report f "
					+ "join intake_message m on m.fault_report_id = f.id where m.message_id = :id")
			.param("id", messageId)
			.query()
			.singleRow();
		assertThat(report.get("REPORTER")).isEqualTo("personal-ostersund@example.org");
		assertThat(report.get("UNIT_ID")).isEqualTo("hc-ostersund");
		assertThat(report.get("SOURCE")).isEqualTo("MAILBOX");
		assertThat(report.get("SERVICES")).isEqualTo("personalverktyget");
		assertThat((String) report.get("DESCRIPTION")).contains("Vi kommer inte in i personalverktyget");
		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before + 1);
		assertThat(this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(FaultReportProcess.KEY)
			.variableValueEquals(FaultReportProcess.Vars.FAULT_REPORT_ID, report.get("ID"))
			.count()).isEqualTo(1);
	}

	@Test
	void aLongStaffMailBecomesAFaultReportWithItsWholeText() throws Exception {
		String messageId = messageId();
		String body = "Rad %d: personalverktyget svarar inte på inloggningen.\n".repeat(120).formatted(
				java.util.stream.IntStream.rangeClosed(1, 120).boxed().toArray());
		assertThat(body.length()).isGreaterThan(6000);
		deliver("Per Personal <personal-ostersund@example.org>", messageId, "Personalverktyget svarar inte", body);

		assertThat(poller().poll()).isEqualTo(1);

		assertThat(outcome(messageId)).isEqualTo("FAULT_REPORT");
		var report = this.jdbc
			.sql("select f.id, f.description from fault_report f "
					+ "join intake_message m on m.fault_report_id = f.id where m.message_id = :id")
			.param("id", messageId)
			.query()
			.singleRow();
		assertThat((String) report.get("DESCRIPTION")).contains("Rad 1: ", "Rad 120: personalverktyget");
		var instance = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(FaultReportProcess.KEY)
			.variableValueEquals(FaultReportProcess.Vars.FAULT_REPORT_ID, report.get("ID"))
			.singleResult();
		assertThat(se.regionjh.reservrutin.system.ProcessValues
			.text(this.runtime.getVariable(instance.getId(), FaultReportProcess.Vars.DESCRIPTION)))
			.isEqualTo(((String) report.get("DESCRIPTION")).trim());
	}

	private void deliverAutomatic(String from, String messageId, String autoSubmitted, String subject, String body)
			throws Exception {
		deliverRaw("""
				From: %s
				To: 1177etjanster@regionjh.se
				Subject: %s
				Message-ID: %s
				Auto-Submitted: %s
				Date: Thu, 26 Nov 2026 10:00:00 +0100
				MIME-Version: 1.0
				Content-Type: text/plain; charset=UTF-8
				Content-Transfer-Encoding: 8bit

				%s
				""".formatted(from, subject, messageId, autoSubmitted, body));
	}

	private long intakeRows(String messageId) {
		return this.jdbc.sql("select count(*) from intake_message where message_id = :id")
			.param("id", messageId)
			.query(Long.class)
			.single();
	}

	@Test
	void automaticMailIsNotTakenInButMovedOutOfTheInbox() throws Exception {
		long before = ApiCalls.processInstances(this.history);
		// The application's own reminder, which goes to the functional mailbox it reads.
		String reminder = messageId();
		deliverAutomatic("1177etjanster@regionjh.se", reminder, "auto-generated",
				"[DS-2026-0001] Påminnelse: lägesuppdatering försenad", "Lägesuppdateringen är försenad.");
		// An out-of-office reply to one of its mails.
		String outOfOffice = messageId();
		deliverAutomatic("Per Personal <personal-ostersund@example.org>", outOfOffice, "auto-replied",
				"Frånvaro: Åter i drift", "Jag är tillbaka på måndag. Personalverktyget fungerar inte här.");

		assertThat(poller("Processed").poll()).isZero();

		assertThat(intakeRows(reminder)).isZero();
		assertThat(intakeRows(outOfOffice)).isZero();
		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before);
		assertThat(stored("INBOX")).isEmpty();
		assertThat(stored("Processed")).hasSize(2);
	}

	@Test
	void thisApplicationsOwnMailIsRecognisedByItsMessageIdOrSenderEvenWithoutTheHeader() throws Exception {
		// As a relay that drops Auto-Submitted would pass on a reminder this application sent.
		MimeMessage reminder = new MimeMessage(Session.getInstance(new Properties()));
		reminder.setFrom("Reservrutin <noreply@regionjh.se>");
		reminder.setRecipients(jakarta.mail.Message.RecipientType.TO, "1177etjanster@regionjh.se");
		reminder.setSubject("[1177 Journalen] Lägesuppdatering försenad: Journalen nere", "UTF-8");
		reminder.setText("Lägesuppdateringen skulle ha publicerats.", "UTF-8");
		reminder.saveChanges();
		se.regionjh.reservrutin.system.OwnMail.mark(reminder, "noreply@regionjh.se");
		String ownId = reminder.getMessageID();
		reminder.setFrom("someone.else@regionjh.se");
		reminder.removeHeader("Auto-Submitted");
		this.fbl.deliver(reminder);
		String fromOwnAddress = messageId();
		deliver("Förvaltningen <1177etjanster@regionjh.se>", fromOwnAddress, "Påminnelse: gå igenom ärenden",
				"Gå igenom de ärenden som kommit in.");
		long reports = this.jdbc.sql("select count(*) from fault_report").query(Long.class).single();

		assertThat(poller().poll()).isZero();

		assertThat(this.jdbc.sql("select count(*) from fault_report").query(Long.class).single()).isEqualTo(reports);
		assertThat(this.jdbc.sql("select count(*) from intake_message where message_id in (:ids)")
			.param("ids", List.of(ownId, fromOwnAddress))
			.query(Long.class)
			.single()).isZero();
		assertThat(stored("INBOX")).allSatisfy((m) -> assertThat(m.getFlags().contains("ReservrutinIntaget")).isTrue());
	}

	@Test
	void ineraNoticesSentByInerasOwnSystemAreStillTakenIn() throws Exception {
		String messageId = messageId();
		deliverAutomatic("Inera Driftinformation <driftinfo@inera.se>", messageId, "auto-generated",
				"Planerat underhåll av 1177 Journalen", """
						Inera genomför planerat underhåll av 1177 Journalen.
						Referens: INC%d
						Start: 2026-12-03 kl. 18:00
						Slut: 2026-12-03 kl. 22:00
						""".formatted(System.nanoTime() % 10_000_000));

		assertThat(poller().poll()).isEqualTo(1);

		assertThat(outcome(messageId)).isEqualTo("NOTICE");
	}

	@Test
	void aMailIsTakenInOnceEvenWhenItArrivesTwiceOrLosesItsMark() throws Exception {
		String messageId = messageId();
		long before = ApiCalls.processInstances(this.history);
		deliver("chef-krokom@example.org", messageId, "Egen provhantering", "Provsvaren syns inte.");
		deliver("chef-krokom@example.org", messageId, "Egen provhantering", "Provsvaren syns inte.");

		assertThat(poller().poll()).isEqualTo(1);
		assertThat(stored("INBOX")).allMatch((m) -> m.getFlags().contains("ReservrutinIntaget"));
		// Someone clears the marks in the mail client: the table still knows the mail.
		for (StoredMessage m : stored("INBOX")) {
			m.setFlags(new Flags("ReservrutinIntaget"), false);
		}
		assertThat(poller().poll()).isZero();

		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before + 1);
		assertThat(this.jdbc.sql("select count(*) from intake_message where message_id = :id")
			.param("id", messageId)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(stored("INBOX")).allMatch((m) -> m.getFlags().contains("ReservrutinIntaget"));
	}

	@Test
	void anIneraMailThatCannotBeReadBecomesAFaultReportAndAVisibleError() throws Exception {
		String messageId = messageId();
		long before = ApiCalls.processInstances(this.history);
		deliver("noreply@inera.se", messageId, "Planerat underhåll",
				"Vi planerar underhåll av Journalen någon gång i början av december. Mer information kommer.");

		assertThat(poller().poll()).isEqualTo(1);

		assertThat(outcome(messageId)).isEqualTo("NEEDS_REVIEW");
		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before + 1);
		String description = this.jdbc
			.sql("select f.description from fault_report f join intake_message m on m.fault_report_id = f.id "
					+ "where m.message_id = :id")
			.param("id", messageId)
			.query(String.class)
			.single();
		assertThat(description).contains("referens, starttid, sluttid", "tjänster 1177 Journalen",
				"någon gång i början av december");
		this.mvc.perform(get("/api/intake/errors").header("Authorization", AUTH))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].messageId", hasItem(messageId)));
		this.mvc.perform(get("/intag").header("Authorization", AUTH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("referens, starttid, sluttid")));
	}

	@Test
	void anIneraUpdateForAnUnknownReferenceIsShownToManagement() throws Exception {
		String messageId = messageId();
		deliver("driftinfo@inera.se", messageId, "Uppdatering: planerat underhåll INC0000001-X",
				"Referens: NOSUCH-123. Beräknat klart 2026-12-03 kl. 23:30.");

		poller().poll();

		assertThat(outcome(messageId)).isEqualTo("NEEDS_REVIEW");
		assertThat(this.jdbc.sql("select error from intake_message where message_id = :id")
			.param("id", messageId)
			.query(String.class)
			.single()).contains("Ingen driftstörning har Ineras referens 'NOSUCH-123'");
	}

	@Test
	void aMailWhoseBodyCannotBeDecodedIsKeptRawShownAndNotRetried() throws Exception {
		String messageId = messageId();
		long before = ApiCalls.processInstances(this.history);
		deliverRaw("""
				From: someone@example.org
				Subject: Trasigt meddelande
				Message-ID: %s
				MIME-Version: 1.0
				Content-Type: text/plain; charset=UTF-8
				Content-Transfer-Encoding: base64

				SGVq!!!===*** detta är inte base64 ===
				""".formatted(messageId));

		assertThat(poller().poll()).isEqualTo(1);
		assertThat(poller().poll()).isZero();

		assertThat(outcome(messageId)).isEqualTo("FAILED");
		assertThat(ApiCalls.processInstances(this.history)).isEqualTo(before + 1);
		var row = this.jdbc.sql("select error, body from intake_message where message_id = :id")
			.param("id", messageId)
			.query()
			.singleRow();
		assertThat((String) row.get("ERROR")).contains("Kunde inte läsa e-postens innehåll");
		assertThat((String) row.get("BODY")).contains("detta är inte base64");
		this.mvc.perform(get("/api/intake/errors").header("Authorization", AUTH))
			.andExpect(jsonPath("$[?(@.messageId == '%s')].outcome".formatted(messageId), hasItem("FAILED")));
	}

	@Test
	void onlyManagementSeesTheIntakeErrors() throws Exception {
		String staff = "Basic " + java.util.Base64.getEncoder()
			.encodeToString("personal-ostersund:demo".getBytes(StandardCharsets.UTF_8));

		this.mvc.perform(get("/api/intake/errors").header("Authorization", staff)).andExpect(status().isForbidden());
		this.mvc.perform(get("/intag").header("Authorization", staff)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/intake/errors").header("Authorization", AUTH)).andExpect(status().isOk());
	}

	@Test
	void anAcknowledgedErrorIsNoLongerListed() throws Exception {
		String messageId = messageId();
		deliver("driftinfo@inera.se", messageId, "Hej", "Vi hörs.");
		poller().poll();
		long id = this.jdbc.sql("select id from intake_message where message_id = :id")
			.param("id", messageId)
			.query(Long.class)
			.single();

		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/intake/errors/" + id + "/acknowledgement")
			.header("Authorization", AUTH)).andExpect(status().isNoContent());

		this.mvc.perform(get("/api/intake/errors").header("Authorization", AUTH))
			.andExpect(jsonPath("$[?(@.id == %d)]".formatted(id)).isEmpty());
		assertThat(this.jdbc.sql("select acknowledged_by from intake_message where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("forvaltare");
	}

	@Test
	void anUnreachableMailboxIsReportedAndTheNextPollCatchesUp() throws Exception {
		this.greenMail.stop();

		assertThat(poller().poll()).isZero();
		assertThat(this.health.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(this.health.health().getDetails()).containsKey("error");

		startGreenMail();
		String messageId = messageId();
		deliver("personal-krokom@example.org", messageId, "Journalen", "Journalen visar fel.");
		assertThat(poller().poll()).isEqualTo(1);
		assertThat(this.health.health().getStatus()).isEqualTo(Status.UP);
		assertThat(outcome(messageId)).isEqualTo("FAULT_REPORT");
	}

	@Test
	void withAProcessedFolderTakenInMailIsMovedThere() throws Exception {
		String messageId = messageId();
		deliver("personal-krokom@example.org", messageId, "Formulär", "Formulären går inte att öppna.");

		assertThat(poller("Intaget").poll()).isEqualTo(1);

		assertThat(stored("INBOX")).isEmpty();
		assertThat(stored("Intaget")).hasSize(1);
		assertThat(outcome(messageId)).isEqualTo("FAULT_REPORT");
	}

}
