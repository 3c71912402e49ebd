package se.regionjh.reservrutin.templates;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@value TemplateController#LATEST_PDF}, which every unit task links to,
 * answers at every moment (issue 14): before the first snapshot a Swedish page
 * that says why and links the templates as they are now, then the newest copy.
 * Through Tomcat and the real filter chain, as unit staff. In order: the
 * second test takes the first snapshot of the shared web context.
 */
@WebIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LatestTemplatePdfTest {

	static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@LocalServerPort
	int port;

	@Autowired
	TemplateArchive archive;

	@Test
	@Order(1)
	void beforeTheFirstSnapshotASwedishPageExplainsAndLinksTheCurrentTemplates() {
		assumeTrue(this.archive.latestSnapshot().isEmpty(), "another test has already taken a snapshot");
		Template template = this.archive.add(new TemplateDraft("Kallelse vid driftstopp", "Kallelser",
				"Vi hör av oss när systemen fungerar igen.", null), Credentials.MANAGEMENT);

		HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.get(TemplateController.LATEST_PDF, "Accept", BROWSER_ACCEPT);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(response.body()).contains("<html lang=\"sv\"", "<main id=\"main\"",
				"<h1>Ingen sparad kopia av mallarna ännu</h1>", "Den första kopian har inte sparats ännu",
				"href=\"/mallar/" + template.id() + "\"", "Kallelse vid driftstopp", "href=\"/mallar\"")
			.doesNotContain("Not Found", "Whitelabel", "Sidan finns inte");
	}

	@Test
	@Order(2)
	void onceASnapshotExistsTheNewestCopyIsThePdf() {
		TemplateSnapshot first = this.archive.freeze(Credentials.MANAGEMENT, "Första kopian", null);

		HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.get(TemplateController.LATEST_PDF, "Accept", BROWSER_ACCEPT);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.body()).startsWith("%PDF");
		assertThat(this.archive.latestSnapshot()).hasValueSatisfying(
				(latest) -> assertThat(latest.id()).isEqualTo(first.id()));
	}

}
