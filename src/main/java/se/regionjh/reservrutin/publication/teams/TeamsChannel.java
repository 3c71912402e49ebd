package se.regionjh.reservrutin.publication.teams;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.outage.OutageWording;
import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.outage.Publication;
import se.regionjh.reservrutin.outage.Publication.Audience;
import se.regionjh.reservrutin.publication.PublicationFacts;
import se.regionjh.reservrutin.publication.StatusPageLinks;
import se.regionjh.reservrutin.publication.delivery.ChannelAdapter;
import se.regionjh.reservrutin.publication.delivery.DeliveryChannel;
import se.regionjh.reservrutin.publication.delivery.DeliveryException;

/**
 * Posts public publications to the Teams channel of each affected service
 * (R12, R14) through that channel's Workflows webhook. 200 and 202 are
 * success; 429 and 5xx are retried (honouring Retry-After); any other answer,
 * a redirect included, is refused for good and becomes an incident.
 */
@Component
class TeamsChannel implements ChannelAdapter {

	private static final Logger log = LoggerFactory.getLogger(TeamsChannel.class);

	private final Map<String, URI> webhooks;

	private final HttpClient http;

	private final Duration timeout;

	private final OutageJournal journal;

	private final StatusPageLinks links;

	TeamsChannel(TeamsProperties properties, OutageJournal journal, StatusPageLinks links) {
		this.webhooks = properties.endpoints();
		this.timeout = properties.timeout();
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(properties.timeout())
			.build();
		this.journal = journal;
		this.links = links;
		if (properties.allowInsecureLoopback()) {
			log.warn("reservrutin.teams.allow-insecure-loopback is on: http webhooks on loopback are accepted "
					+ "(tests only)");
		}
		log.info("Teams webhooks configured for services: {}", this.webhooks.keySet());
	}

	@Override
	public DeliveryChannel channel() {
		return DeliveryChannel.TEAMS;
	}

	@Override
	public List<Target> targets(Publication publication) {
		if (publication.audience() != Audience.PUBLIC) {
			return List.of();
		}
		return publication.services()
			.stream()
			.map((service) -> new Target(service, this.webhooks.containsKey(service)))
			.toList();
	}

	@Override
	public void deliver(Publication publication, String service) {
		URI webhook = this.webhooks.get(service);
		if (webhook == null) {
			throw DeliveryException.permanent("No Teams webhook is configured for service '" + service
					+ "' any more (reservrutin.teams.webhooks." + service + ")", null);
		}
		String body = card(publication);
		HttpRequest request = HttpRequest.newBuilder(webhook)
			.timeout(this.timeout)
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw DeliveryException.transientFailure(where(service, webhook) + " could not be reached: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw DeliveryException.transientFailure(where(service, webhook) + ": interrupted", ex);
		}
		check(service, webhook, response);
	}

	private static void check(String service, URI webhook, HttpResponse<String> response) {
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			return;
		}
		String answer = where(service, webhook) + " answered HTTP " + status + excerpt(response.body());
		if (status == 429) {
			throw DeliveryException.retryAfter(answer, retryAfter(response));
		}
		if (status >= 500) {
			throw DeliveryException.transientFailure(answer, null);
		}
		if (status >= 300 && status < 400) {
			throw DeliveryException.permanent(answer + " (redirect to "
					+ response.headers().firstValue("Location").map(TeamsChannel::host).orElse("?")
					+ " not followed; check the webhook URL)", null);
		}
		throw DeliveryException.permanent(answer + " (refused; fix the card or the webhook, then retry the job)",
				null);
	}

	private String card(Publication publication) {
		Outage outage = this.journal.require(publication.outageId());
		String prefix = "[" + OutageWording.serviceNames(publication.services()) + "] ";
		String heading = publication.subject().startsWith(prefix)
				? publication.subject().substring(prefix.length()) : publication.subject();
		String[][] facts = PublicationFacts.of(publication, outage)
			.stream()
			.map((fact) -> new String[] { fact.label(), fact.value() })
			.toArray(String[][]::new);
		return AdaptiveCards.message(heading, facts, publication.body(), this.links.outage(outage.reference()));
	}

	/** Seconds or an HTTP date; null (the standard spacing) when absent or unreadable. */
	static Duration retryAfter(HttpResponse<?> response) {
		String value = response.headers().firstValue("Retry-After").orElse(null);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
		}
		catch (NumberFormatException ex) {
			try {
				ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration wait = Duration.between(ClockUtil.getCurrentTime().toInstant(), at.toInstant());
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException unreadable) {
				return null;
			}
		}
	}

	private static String where(String service, URI webhook) {
		// Never the full URL: its query string is the webhook's secret.
		return "Teams webhook for service '" + service + "' (" + webhook.getHost() + ")";
	}

	private static String excerpt(String body) {
		if (body == null || body.isBlank()) {
			return "";
		}
		String oneLine = body.replaceAll("\\s+", " ").strip();
		return ": " + (oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine);
	}

	/** Only the host of a redirect target is worth showing. */
	private static String host(String location) {
		try {
			String host = URI.create(location).getHost();
			return (host != null) ? host : location;
		}
		catch (IllegalArgumentException ex) {
			return "an invalid location";
		}
	}

}
