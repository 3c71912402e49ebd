package se.regionjh.reservrutin.publication.delivery;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.outage.Publication;
import se.regionjh.reservrutin.publication.Outages;
import se.regionjh.reservrutin.support.IntegrationTest;
import se.regionjh.reservrutin.units.UnitRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The default run: no SMTP server, no Teams webhooks. Nothing is dropped: every
 * channel and recipient is in the log as "not configured", and the status page
 * still gets its delivery.
 */
@IntegrationTest
class NotConfiguredDeliveryTest {

	@Autowired
	OutageJournal journal;

	@Autowired
	UnitRegistry units;

	@Autowired
	DeliveryLog deliveries;

	@Autowired
	ManagementService management;

	@Autowired
	WebApplicationContext context;

	@Test
	void everyTargetIsLoggedAndTheLogIsVisibleAsPageAndJson() throws Exception {
		Outage outage = new Outages(this.journal, this.units).ongoing("Journalen nere", "Text", "journalen",
				"stod-och-behandling");
		Publication publication = this.journal.publications(outage.id()).get(0);

		List<Delivery> logged = this.deliveries.forPublication(publication.id());
		assertThat(logged).filteredOn((d) -> d.channel() == DeliveryChannel.TEAMS)
			.extracting(Delivery::target, Delivery::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("journalen", DeliveryState.NOT_CONFIGURED),
					org.assertj.core.groups.Tuple.tuple("stod-och-behandling", DeliveryState.NOT_CONFIGURED));
		assertThat(logged).filteredOn((d) -> d.channel() == DeliveryChannel.EMAIL)
			.extracting(Delivery::target)
			.containsExactly("hc-ostersund@example.org", "hc-krokom@example.org", "psyk-ostersund@example.org");
		assertThat(logged).allMatch((d) -> d.state() == DeliveryState.NOT_CONFIGURED && d.processInstanceId() == null);
		// The status page is a read model of the journal, not a channel: no delivery row and no job for it.
		assertThat(logged).extracting(Delivery::channel).doesNotContain(DeliveryChannel.STATUS_PAGE);

		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).build();
		mvc.perform(get("/api/deliveries"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.publicationId == " + publication.id() + ")].target", hasSize(5)))
			.andExpect(jsonPath("$[?(@.target == 'psyk-ostersund@example.org' && @.publicationId == "
					+ publication.id() + ")].state").value("NOT_CONFIGURED"));
		mvc.perform(get("/leveranser"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ej konfigurerad")))
			.andExpect(content().string(containsString("psyk-ostersund@example.org")))
			.andExpect(content().string(containsString(outage.reference())));
	}

}
