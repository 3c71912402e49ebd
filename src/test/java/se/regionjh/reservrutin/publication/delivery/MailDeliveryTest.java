package se.regionjh.reservrutin.publication.delivery;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

import se.regionjh.reservrutin.outage.EntryType;
import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.Publication;
import se.regionjh.reservrutin.outage.Publication.Audience;
import se.regionjh.reservrutin.outage.Publication.Kind;
import se.regionjh.reservrutin.publication.CommunicationTest;
import se.regionjh.reservrutin.publication.Outages;
import se.regionjh.reservrutin.publication.ReceivedMail;
import se.regionjh.reservrutin.publication.TestChannels;

import static org.assertj.core.api.Assertions.assertThat;

class MailDeliveryTest extends CommunicationTest {

	static final String FBL = "1177etjanster@regionjh.se";

	@Test
	void publicPublicationsGoToEveryUnitThatUsesTheServiceAsHtmlAndPlainText() throws Exception {
		Outage outage = this.outages.ongoing("Journalen nere", "Journalen visar inga anteckningar.", "journalen");
		List<Delivery> mail = deliveries(lastPublication(outage, Audience.PUBLIC), DeliveryChannel.EMAIL);
		// Psykiatrimottagningen does not use 1177 Journalen.
		assertThat(mail).extracting(Delivery::target).containsExactly("hc-ostersund@example.org",
				"hc-krokom@example.org");

		assertThat(DeliveryJobs.runDue(this.management, mail)).isEmpty();

		MimeMessage[] received = TestChannels.smtp().getReceivedMessages();
		assertThat(received).hasSize(2);
		assertThat(Arrays.stream(received).map(ReceivedMail::to)).containsExactlyInAnyOrder(
				"hc-ostersund@example.org", "hc-krokom@example.org");
		MimeMessage message = received[0];
		assertThat(message.getSubject()).isEqualTo("[1177 Journalen] Driftstörning: Journalen nere");
		assertThat(message.getFrom()[0].toString()).isEqualTo(FBL);
		assertThat(message.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
		// The Message-ID the mailbox poller recognises survives the send.
		assertThat(message.getMessageID()).endsWith(".reservrutin-1177@regionjh.se>");
		String text = ReceivedMail.part(message, "text/plain");
		String html = ReceivedMail.part(message, "text/html");
		assertThat(text).contains("Journalen visar inga anteckningar.", "Läge: pågår", "Prognos: ",
				"http://localhost:8080/driftinformation/" + outage.reference());
		assertThat(html).contains("<html lang=\"sv\"", "Journalen visar inga anteckningar.",
				"href=\"http://localhost:8080/driftinformation/" + outage.reference() + "\"");
		assertThat(deliveries(lastPublication(outage, Audience.PUBLIC), DeliveryChannel.EMAIL)).allSatisfy((d) -> {
			assertThat(d.state()).isEqualTo(DeliveryState.SENT);
			assertThat(d.attempts()).isEqualTo(1);
		});
	}

	@Test
	void closingMailsStateWhatIsTrueThenAndNoForecastOrNextUpdate() throws Exception {
		Outage resolved = this.outages.resolved("Journalen nere", "Journalen visar inga anteckningar.", "journalen");
		Outage cancelled = this.outages.planned("Underhåll av Formulär", "Formulär stängs för underhåll.", "formular");
		cancelled = this.journal.cancel(cancelled.id(), "Inera har ställt in underhållet.", "forvaltare");
		List<Delivery> mail = new java.util.ArrayList<>(deliveries(lastPublication(resolved, Audience.PUBLIC), DeliveryChannel.EMAIL));
		mail.addAll(deliveries(lastPublication(cancelled, Audience.PUBLIC), DeliveryChannel.EMAIL));

		assertThat(DeliveryJobs.runDue(this.management, mail)).isEmpty();

		String restoredAt = se.regionjh.reservrutin.outage.OutageWording
			.time(this.journal.require(resolved.id()).resolvedAt());
		for (MimeMessage message : TestChannels.smtp().getReceivedMessages()) {
			String text = ReceivedMail.part(message, "text/plain");
			String html = ReceivedMail.part(message, "text/html");
			assertThat(text).doesNotContain("Prognos", "Nästa uppdatering");
			assertThat(html).doesNotContain("Prognos", "Nästa uppdatering");
			if (message.getSubject().contains("Åter i drift")) {
				assertThat(text).contains("Läge: åter i drift", "Åter i drift: " + restoredAt);
			}
			else {
				assertThat(text).contains("Läge: inställd").doesNotContain("Åter i drift:");
			}
		}
		assertThat(TestChannels.smtp().getReceivedMessages()).isNotEmpty();
	}

	@Test
	void markupInTheOutageTextIsEscapedInTheHtmlPart() throws Exception {
		Outage outage = this.outages.ongoing("Titel " + Outages.HOSTILE, Outages.HOSTILE, "egen-provhantering");
		DeliveryJobs.runDue(this.management, deliveries(lastPublication(outage, Audience.PUBLIC), DeliveryChannel.EMAIL));

		MimeMessage message = TestChannels.smtp().getReceivedMessages()[0];
		String html = ReceivedMail.part(message, "text/html");
		assertThat(html).doesNotContain("<script", "<img", "href=\"javascript:", "<a href=\"javascript");
		assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
				"]]&gt;");
		// The plain-text part is not HTML: the text arrives as written, and a mail client shows it as text.
		assertThat(ReceivedMail.part(message, "text/plain")).contains(Outages.HOSTILE);
		assertThat(message.getSubject()).isEqualTo("[1177 Egen provhantering] Driftstörning: Titel " + Outages.HOSTILE);
	}

	@Test
	void recipientsFollowTheAudience() throws Exception {
		Outage outage = this.outages.ongoing("Personalverktyget trögt", "Text", "personalverktyget");
		Publication managers = this.journal.notify(outage.id(), EntryType.UNIT_REMINDER, Kind.UNIT_REMINDER,
				Audience.UNIT_MANAGERS, List.of("hc-krokom"), "[1177 e-tjänster/personalverktyget] Påminnelse", "Text",
				"system");
		Publication management = this.journal.notify(outage.id(), EntryType.UPDATE_OVERDUE, Kind.UPDATE_OVERDUE,
				Audience.MANAGEMENT, List.of(), "[1177 e-tjänster/personalverktyget] Lägesuppdatering försenad",
				"Text", "system");
		Publication inera = this.journal.notify(outage.id(), EntryType.INERA_INFO_REQUESTED, Kind.INERA_INFO_REQUEST,
				Audience.INERA, List.of(), "[1177 e-tjänster/personalverktyget] Driftinformation saknas", "Text",
				"forvaltare");

		assertThat(deliveries(managers, DeliveryChannel.EMAIL)).extracting(Delivery::target)
			.containsExactly("chef-krokom@example.org", FBL);
		assertThat(deliveries(management, DeliveryChannel.EMAIL)).extracting(Delivery::target).containsExactly(FBL);
		assertThat(deliveries(inera, DeliveryChannel.EMAIL)).extracting(Delivery::target).containsExactly(TestChannels.INERA);
		// Only public publications go to Teams and the status page.
		assertThat(this.deliveries.forPublication(managers.id())).allMatch((d) -> d.channel() == DeliveryChannel.EMAIL);

		DeliveryJobs.runDue(this.management, deliveries(inera, DeliveryChannel.EMAIL));
		MimeMessage toInera = TestChannels.smtp().getReceivedMessages()[0];
		assertThat(ReceivedMail.to(toInera)).isEqualTo(TestChannels.INERA);
		assertThat(toInera.getSubject()).isEqualTo("[1177 e-tjänster/personalverktyget] Driftinformation saknas");
	}

	@Test
	void lineBreaksInASubjectAreRefusedInsteadOfInjectingHeaders() {
		Outage outage = this.outages.ongoing("Formulär\r\nBcc: angripare@example.org", "Text", "formular");
		List<Delivery> mail = deliveries(lastPublication(outage, Audience.PUBLIC), DeliveryChannel.EMAIL);

		DeliveryJobs.runDue(this.management, mail);

		assertThat(TestChannels.smtp().getReceivedMessages()).isEmpty();
		assertThat(deliveries(lastPublication(outage, Audience.PUBLIC), DeliveryChannel.EMAIL)).isNotEmpty().allSatisfy((d) -> {
			assertThat(d.state()).isEqualTo(DeliveryState.FAILED);
			assertThat(d.lastError()).contains("Subject", "line break");
			assertThat(this.runtime.createIncidentQuery().processInstanceId(d.processInstanceId()).singleResult()
				.getIncidentMessage()).contains("header injection is refused");
		});
	}

	@Test
	void smtpFailuresAreRetriedAndTheMailArrivesWhenTheServerIsBack() throws Exception {
		Outage outage = this.outages.ongoing("Stöd och behandling nere", "Text", "stod-och-behandling");
		List<Delivery> mail = deliveries(lastPublication(outage, Audience.PUBLIC), DeliveryChannel.EMAIL);
		TestChannels.stopSmtp();
		try {
			assertThat(DeliveryJobs.runDue(this.management, mail)).hasSize(mail.size());
		}
		finally {
			TestChannels.startSmtp();
		}
		assertThat(deliveries(lastPublication(outage, Audience.PUBLIC), DeliveryChannel.EMAIL)).allSatisfy((d) -> {
			assertThat(d.state()).isEqualTo(DeliveryState.RETRYING);
			assertThat(d.lastError()).contains("SMTP server did not take the e-mail");
			assertThat(d.nextAttemptAt()).isAfter(Instant.now());
		});

		ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(61)));
		assertThat(DeliveryJobs.runDue(this.management, mail)).isEmpty();

		assertThat(TestChannels.smtp().getReceivedMessages()).hasSize(mail.size());
		assertThat(deliveries(lastPublication(outage, Audience.PUBLIC), DeliveryChannel.EMAIL)).allSatisfy((d) -> {
			assertThat(d.state()).isEqualTo(DeliveryState.SENT);
			assertThat(d.attempts()).isEqualTo(2);
		});
	}

}
