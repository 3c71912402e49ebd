package se.regionjh.reservrutin.publication.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.Publication;
import se.regionjh.reservrutin.publication.CommunicationTest;
import se.regionjh.reservrutin.publication.FakeTeams;
import se.regionjh.reservrutin.publication.Outages;
import se.regionjh.reservrutin.publication.TestChannels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TeamsDeliveryTest extends CommunicationTest {

	FakeTeams teams;

	@BeforeEach
	void setUp() {
		this.teams = TestChannels.teams();
	}

	@Test
	void postsAnAdaptiveCardToTheChannelOfEveryAffectedService() throws Exception {
		Outage outage = this.outages.ongoing("Journalen och Formulär går inte att nå", "Inloggningen misslyckas.",
				"journalen", "formular");
		List<Delivery> teamsDeliveries = teamsDeliveries(outage);
		assertThat(teamsDeliveries).extracting(Delivery::target).containsExactly("journalen", "formular");
		assertThat(teamsDeliveries).allMatch((d) -> d.state() == DeliveryState.PENDING);

		assertThat(DeliveryJobs.runDue(this.management, teamsDeliveries)).isEmpty();

		assertThat(teamsDeliveries(outage)).allSatisfy((d) -> {
			assertThat(d.state()).isEqualTo(DeliveryState.SENT);
			assertThat(d.attempts()).isEqualTo(1);
			assertThat(d.sentAt()).isNotNull();
		});
		assertThat(this.teams.received("personalverktyget")).isEmpty();
		FakeTeams.Received post = this.teams.received("journalen").get(0);
		assertThat(post.contentType()).startsWith("application/json");
		JsonNode message = new ObjectMapper().readTree(post.body());
		assertThat(message.path("type").asText()).isEqualTo("message");
		JsonNode attachment = message.path("attachments").get(0);
		assertThat(attachment.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
		JsonNode card = attachment.path("content");
		assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
		assertThat(card.path("body").get(0).path("inlines").get(0).path("text").asText())
			.isEqualTo("Driftstörning: Journalen och Formulär går inte att nå");
		JsonNode facts = card.path("body").get(1).path("facts");
		assertThat(facts.get(0).path("value").asText()).isEqualTo("1177 Journalen, 1177 Formulär");
		assertThat(facts.get(1).path("title").asText()).isEqualTo("Läge");
		assertThat(facts.get(1).path("value").asText()).isEqualTo("pågår");
		assertThat(facts.get(2).path("title").asText()).isEqualTo("Prognos");
		assertThat(facts.get(2).path("value").asText()).matches("\\d{1,2} \\p{L}+ \\d{4} kl\\. \\d{2}:\\d{2}");
		assertThat(facts.get(3).path("title").asText()).isEqualTo("Nästa uppdatering");
		assertThat(card.path("body").get(2).path("inlines").get(0).path("text").asText())
			.isEqualTo("Inloggningen misslyckas.");
		assertThat(card.path("actions").get(0).path("url").asText())
			.isEqualTo("http://localhost:8080/driftinformation/" + outage.reference());
	}

	@Test
	void theRestoredCardSaysWhenTheServiceCameBackAndNoForecast() throws Exception {
		Outage resolved = this.outages.resolved("Journalen nere", "Journalen visar inga anteckningar.", "journalen");
		DeliveryJobs.runDue(this.management, teamsDeliveries(resolved));

		List<FakeTeams.Received> posts = this.teams.received("journalen");
		JsonNode card = new ObjectMapper().readTree(posts.get(posts.size() - 1).body())
			.path("attachments").get(0).path("content");
		JsonNode facts = card.path("body").get(1).path("facts");
		List<String> titles = new java.util.ArrayList<>();
		facts.forEach((fact) -> titles.add(fact.path("title").asText()));
		assertThat(titles).containsExactly("Tjänster", "Läge", "Åter i drift");
		assertThat(facts.get(1).path("value").asText()).isEqualTo("åter i drift");
		assertThat(facts.get(2).path("value").asText()).isEqualTo(se.regionjh.reservrutin.outage.OutageWording
			.time(this.journal.require(resolved.id()).resolvedAt()));
	}

	@Test
	void markupInTheOutageTextIsInertInTheCard() throws Exception {
		Outage outage = this.outages.ongoing("Titel " + Outages.HOSTILE, Outages.HOSTILE, "journalen");
		DeliveryJobs.runDue(this.management, teamsDeliveries(outage));

		String raw = this.teams.received("journalen").get(0).body();
		assertThat(raw).doesNotContain("<script", "<img", "<a href", "]]>");
		assertThat(raw).contains("\\u003Cscript\\u003E");
		JsonNode card = new ObjectMapper().readTree(raw).path("attachments").get(0).path("content");
		// Plain TextRuns: Teams renders no markdown (no javascript: link) and no HTML in them.
		JsonNode text = card.path("body").get(2);
		assertThat(text.path("type").asText()).isEqualTo("RichTextBlock");
		assertThat(text.path("inlines").get(0).path("type").asText()).isEqualTo("TextRun");
		assertThat(text.path("inlines").get(0).path("text").asText()).isEqualTo(Outages.HOSTILE);
	}

	@Test
	void tooManyRequestsWaitsAsLongAsRetryAfterSays() {
		this.teams.answer("journalen", 429, Map.of("Retry-After", "600"), "slow down");
		Outage outage = this.outages.ongoing("Journalen långsam", "Text", "journalen");
		Delivery delivery = teamsDeliveries(outage).get(0);
		Instant before = ClockUtil.getCurrentTime().toInstant();

		assertThat(DeliveryJobs.runDue(this.management, List.of(delivery))).singleElement()
			.asString()
			.contains("HTTP 429");

		Delivery retrying = this.deliveries.find(delivery.id()).orElseThrow();
		assertThat(retrying.state()).isEqualTo(DeliveryState.RETRYING);
		assertThat(retrying.attempts()).isEqualTo(1);
		assertThat(retrying.lastError()).contains("HTTP 429", "slow down");
		Job job = DeliveryJobs.job(this.management, delivery);
		assertThat(job.getDuedate().toInstant()).isCloseTo(before.plusSeconds(600), within(Duration.ofSeconds(5)));
		assertThat(retrying.nextAttemptAt()).isEqualTo(job.getDuedate().toInstant());

		// Not due before the receiver said so.
		ClockUtil.setCurrentTime(Date.from(before.plusSeconds(300)));
		assertThat(DeliveryJobs.runDue(this.management, List.of(delivery))).isEmpty();
		assertThat(this.teams.received("journalen")).hasSize(1);

		ClockUtil.setCurrentTime(Date.from(before.plusSeconds(601)));
		assertThat(DeliveryJobs.runDue(this.management, List.of(delivery))).isEmpty();
		assertThat(this.teams.received("journalen")).hasSize(2);
		Delivery sent = this.deliveries.find(delivery.id()).orElseThrow();
		assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
		assertThat(sent.attempts()).isEqualTo(2);
	}

	@Test
	void serverErrorsAreRetriedWithSpacingUntilAnIncident() {
		Outage outage = this.outages.ongoing("Teams har problem", "Text", "formular");
		Delivery delivery = teamsDeliveries(outage).get(0);
		Instant start = ClockUtil.getCurrentTime().toInstant();
		List<Duration> spacing = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5),
				Duration.ofMinutes(10), Duration.ofMinutes(30));
		Instant now = start;
		// The first attempt and one retry per interval of the task's failedJobRetryTimeCycle.
		for (int attempt = 1; attempt <= 6; attempt++) {
			this.teams.answer("formular", 503, Map.of(), "unavailable");
			assertThat(DeliveryJobs.runDue(this.management, List.of(delivery))).hasSize(1);
			Delivery logged = this.deliveries.find(delivery.id()).orElseThrow();
			assertThat(logged.attempts()).isEqualTo(attempt);
			Job job = DeliveryJobs.job(this.management, delivery);
			if (attempt < 6) {
				assertThat(logged.state()).isEqualTo(DeliveryState.RETRYING);
				assertThat(job.getRetries()).isEqualTo(6 - attempt);
				Duration waited = Duration.between(now, job.getDuedate().toInstant());
				assertThat(waited).isCloseTo(spacing.get(attempt - 1), Duration.ofSeconds(2));
				now = job.getDuedate().toInstant().plusSeconds(1);
				ClockUtil.setCurrentTime(Date.from(now));
			}
			else {
				assertThat(logged.state()).isEqualTo(DeliveryState.FAILED);
				assertThat(job.getRetries()).isZero();
			}
		}
		Incident incident = incident(delivery);
		assertThat(incident.getIncidentMessage()).contains("HTTP 503", "formular");
		assertThat(this.teams.received("formular")).hasSize(6);

		// Not lost: an operator retries the incident in Cockpit and it goes through.
		String jobId = DeliveryJobs.job(this.management, delivery).getId();
		this.management.setJobRetries(jobId, 1);
		this.management.setJobDuedate(jobId, ClockUtil.getCurrentTime());
		assertThat(DeliveryJobs.runDue(this.management, List.of(delivery))).isEmpty();
		assertThat(this.deliveries.find(delivery.id()).orElseThrow().state()).isEqualTo(DeliveryState.SENT);
	}

	@Test
	void badRequestBecomesAnIncidentAtOnceWhileTheOtherChannelsDeliver() {
		this.teams.answer("journalen", 400, Map.of(), "{\"error\":\"Invalid card\"}");
		Outage outage = this.outages.ongoing("Kort som Teams vägrar", "Text", "journalen");
		List<Delivery> all = this.deliveries.forPublication(lastPublication(outage, Publication.Audience.PUBLIC).id());

		DeliveryJobs.runDue(this.management, all);

		Delivery teamsDelivery = teamsDeliveries(outage).get(0);
		assertThat(teamsDelivery.state()).isEqualTo(DeliveryState.FAILED);
		assertThat(teamsDelivery.attempts()).isEqualTo(1);
		assertThat(DeliveryJobs.job(this.management, teamsDelivery).getRetries()).isZero();
		assertThat(incident(teamsDelivery).getIncidentMessage()).contains("HTTP 400", "Invalid card", "journalen");
		assertThat(this.deliveries.forPublication(lastPublication(outage, Publication.Audience.PUBLIC).id()))
			.filteredOn((d) -> d.channel() != DeliveryChannel.TEAMS)
			.isNotEmpty()
			.allMatch((d) -> d.state() == DeliveryState.SENT);
	}

	@Test
	void payloadTooLargeBecomesAnIncident() {
		this.teams.answer("journalen", 413, Map.of(), "Request Entity Too Large");
		Outage outage = this.outages.ongoing("För stort", "Text", "journalen");
		Delivery delivery = teamsDeliveries(outage).get(0);

		DeliveryJobs.runDue(this.management, List.of(delivery));

		assertThat(this.deliveries.find(delivery.id()).orElseThrow().state()).isEqualTo(DeliveryState.FAILED);
		assertThat(incident(delivery).getIncidentMessage()).contains("HTTP 413");
	}

	@Test
	void redirectsAreNotFollowed() {
		this.teams.answer("journalen", 302, Map.of("Location", this.teams.url("personalverktyget")), "");
		Outage outage = this.outages.ongoing("Omdirigerad", "Text", "journalen");
		Delivery delivery = teamsDeliveries(outage).get(0);

		DeliveryJobs.runDue(this.management, List.of(delivery));

		assertThat(this.teams.received("personalverktyget")).isEmpty();
		assertThat(incident(delivery).getIncidentMessage()).contains("HTTP 302", "not followed");
	}

	private Incident incident(Delivery delivery) {
		return this.runtime.createIncidentQuery().processInstanceId(delivery.processInstanceId()).singleResult();
	}

	private List<Delivery> teamsDeliveries(Outage outage) {
		return deliveries(lastPublication(outage, Publication.Audience.PUBLIC), DeliveryChannel.TEAMS);
	}

}
