package se.regionjh.reservrutin.support;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.regionjh.reservrutin.system.ProcessValues;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks and waits for tests that talk to a running application over HTTP. */
public final class RestChecks {

	private static final ObjectMapper JSON = new ObjectMapper();

	private RestChecks() {
	}

	public static String awaitTask(WebClient client, String processInstance, String definitionKey) {
		String[] id = new String[1];
		awaitTrue(definitionKey + " of " + processInstance, () -> {
			try {
				JsonNode tasks = json(client.get("/engine-rest/task?processInstanceId=" + processInstance
						+ "&taskDefinitionKey=" + definitionKey + "&maxResults=10"));
				if (tasks.size() == 1) {
					id[0] = tasks.get(0).path("id").asText();
					return true;
				}
				return false;
			}
			catch (IOException ex) {
				return false;
			}
		});
		return id[0];
	}

	public static void awaitTrue(String what, Supplier<Boolean> condition) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (!condition.get()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Not within 90 s: " + what);
			}
			sleep(Duration.ofMillis(250));
		}
	}

	public static HttpResponse<String> expect(int status, HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": "
				+ response.body()).isEqualTo(status);
		return response;
	}

	public static JsonNode json(HttpResponse<String> response) throws IOException {
		return JSON.readTree(response.body());
	}

	public static String formTime(Instant instant) {
		return ProcessValues.formTime(instant);
	}

	public static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Management declares an unplanned outage of 1177 Journalen from the start form; answers the instance id. */
	public static String declareJournalenOutage(WebClient management, String title) throws IOException {
		return json(expect(200, management.postJson("/engine-rest/process-definition/key/OutageProcess/submit-form",
				"""
						{"variables": {
						  "title": {"value": "%s"},
						  "services": {"value": "[\\"journalen\\"]", "type": "Json"},
						  "publicText": {"value": "Journalen går inte att öppna."},
						  "loginAffected": {"value": false}}}""".formatted(title)))).path("id").asText();
	}

	/** Management submits "Bedöm driftstörning" for that outage: ongoing now, next update in an hour. */
	public static void assessJournalenOutage(WebClient management, String task, String title) {
		assessJournalenOutage(management, task, title, "[]");
	}

	/**
	 * The same, with the affected units (a JSON array of unit ids, such as
	 * {@code ["hc-ostersund"]}): the announcement is then mailed to each unit.
	 */
	public static void assessJournalenOutage(WebClient management, String task, String title, String units) {
		expect(204, management.postJson("/engine-rest/task/" + task + "/submit-form",
				assessment(title, "Journalen går inte att öppna. Felsökning pågår.", units)));
	}

	/** {@link #assessment(String, String, String)} with no unit named. */
	public static String assessment(String title, String publicText) {
		return assessment(title, publicText, "[]");
	}

	/**
	 * The body Tasklist sends for "Bedöm driftstörning" of a 1177 Journalen
	 * outage, ongoing now, next update in an hour: plain values without a type,
	 * as its Camunda Forms send them; {@code units} is a JSON array of unit ids.
	 */
	public static String assessment(String title, String publicText, String units) {
		Instant now = Instant.now();
		try {
			return """
					{"variables": {
					  "title": {"value": %s},
					  "services": {"value": "[\\"journalen\\"]", "type": "Json"},
					  "affectedUnits": {"value": %s, "type": "Json"},
					  "planned": {"value": false},
					  "startsAt": {"value": "%s"},
					  "expectedEnd": {"value": "%s"},
					  "nextUpdateAt": {"value": "%s"},
					  "loginAffected": {"value": false},
					  "publicText": {"value": %s},
					  "ineraInfoPresent": {"value": true},
					  "unitTasksRequested": {"value": false}}}""".formatted(JSON.writeValueAsString(title),
					JSON.writeValueAsString(units), formTime(now), formTime(now.plus(Duration.ofHours(4))),
					formTime(now.plus(Duration.ofHours(1))), JSON.writeValueAsString(publicText));
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A staff member's fault report about Personalverktyget; answers its reference, "FA-" and its id. */
	public static String reportFault(int port, String run) {
		String location = expect(201, WebClient.basic(port, Credentials.OSTERSUND_STAFF).postJson("/api/fault-reports",
				"""
						{"services": ["personalverktyget"], "description": "Personalverktyget svarar inte (%s)."}"""
					.formatted(run))).headers().firstValue("Location").orElseThrow();
		return "FA-" + location.substring(location.lastIndexOf('/') + 1);
	}

	/** The delivery log ({@code /api/deliveries}), newest first, up to 2,000 rows. */
	public static JsonNode deliveryLog(WebClient management) {
		try {
			return json(expect(200, management.get("/api/deliveries?limit=2000")));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Deliveries in the log whose subject names the reference (at its end) and the words. */
	public static long deliveries(WebClient management, String reference, String words) {
		long count = 0;
		for (JsonNode delivery : deliveryLog(management)) {
			String subject = delivery.path("subject").asText();
			if (subject.endsWith(" " + reference) && subject.contains(words)) {
				count++;
			}
		}
		return count;
	}

}
