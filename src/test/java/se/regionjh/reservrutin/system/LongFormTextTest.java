package se.regionjh.reservrutin.system;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.outage.OutageProcess;
import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.Jobs;
import se.regionjh.reservrutin.support.RestChecks;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text longer than the engine's 4,000-character string column, typed into
 * a Tasklist form and sent back the way Tasklist's Camunda Forms send it (a
 * plain value without a type), and a long prefilled text shown in the form
 * and submitted again unchanged. Form texts may be 5,000 characters.
 */
@WebIntegrationTest
class LongFormTextTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	OutageJournal journal;

	@Autowired
	ManagementService management;

	@Test
	void aLongTextTypedIntoTheAssessmentIsPublishedInFull() throws Exception {
		WebClient management = WebClient.basic(this.port, Credentials.MANAGEMENT);
		String instance = RestChecks.declareJournalenOutage(management, "Journalen nere");
		String task = RestChecks.awaitTask(management, instance, OutageProcess.Elements.ASSESS_OUTAGE);
		String text = "Journalen går inte att öppna. " + "Felsökning pågår i alla delar. ".repeat(150).strip();
		assertThat(text.length()).isBetween(4001, 5000);

		RestChecks.expect(204, management.postJson("/engine-rest/task/" + task + "/submit-form",
				RestChecks.assessment("Journalen nere", text)));

		long outageId = ((Number) RestChecks.json(management.get("/engine-rest/process-instance/" + instance
				+ "/variables/" + OutageProcess.Vars.OUTAGE_ID)).path("value").numberValue()).longValue();
		// Published by the step after the task, a job of its own (no job executor in tests).
		Jobs.executeDue(this.management, instance);
		assertThat(this.journal.require(outageId).publicText()).isEqualTo(text);
		assertThat(this.journal.publications(outageId)).last()
			.satisfies((publication) -> assertThat(publication.body()).contains(text));
	}

	@Test
	void aLongDeclaredTextIsShownInTheAssessmentFormAndCanBeSubmittedAgainUnchanged() throws Exception {
		WebClient management = WebClient.basic(this.port, Credentials.MANAGEMENT);
		String text = "Journalen svarar inte. " + "Inloggningen misslyckas för många. ".repeat(130).strip();
		assertThat(text.length()).isBetween(4001, 5000);
		String instance = RestChecks.json(RestChecks.expect(200, management.postJson(
				"/engine-rest/process-definition/key/OutageProcess/submit-form", """
						{"variables": {
						  "title": {"value": "Journalen nere"},
						  "services": {"value": "[\\"journalen\\"]", "type": "Json"},
						  "publicText": {"value": %s},
						  "loginAffected": {"value": false}}}""".formatted(JSON.writeValueAsString(text)))))
			.path("id")
			.asText();
		String task = RestChecks.awaitTask(management, instance, OutageProcess.Elements.ASSESS_OUTAGE);

		// What Tasklist loads into the form (it decodes Json values itself).
		JsonNode shown = RestChecks.json(management.get("/engine-rest/task/" + task
				+ "/form-variables?deserializeValues=false")).path(OutageProcess.Vars.PUBLIC_TEXT);
		String inForm = "Json".equals(shown.path("type").asText()) ? JSON.readValue(shown.path("value").asText(),
				String.class) : shown.path("value").asText();
		assertThat(inForm).isEqualTo(text);

		HttpResponse<String> submitted = management.postJson("/engine-rest/task/" + task + "/submit-form",
				RestChecks.assessment("Journalen nere", inForm));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
	}

}
