package se.regionjh.reservrutin.publication;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.outage.Publication;
import se.regionjh.reservrutin.outage.Publication.Audience;
import se.regionjh.reservrutin.publication.delivery.Delivery;
import se.regionjh.reservrutin.publication.delivery.DeliveryChannel;
import se.regionjh.reservrutin.publication.delivery.DeliveryLog;
import se.regionjh.reservrutin.publication.delivery.PublicationDeliveryProcess;
import se.regionjh.reservrutin.support.AssertsProcessCoverage;
import se.regionjh.reservrutin.support.IntegrationTest;
import se.regionjh.reservrutin.units.UnitRegistry;

/**
 * The application with SMTP and every Teams channel configured, pointing at
 * {@link TestChannels}. All subclasses share one Spring context, and each
 * asserts the coverage of the delivery process its publications run.
 */
@IntegrationTest
@AssertsProcessCoverage(PublicationDeliveryProcess.KEY)
public abstract class CommunicationTest {

	@Autowired
	protected OutageJournal journal;

	@Autowired
	protected UnitRegistry units;

	@Autowired
	protected DeliveryLog deliveries;

	@Autowired
	protected ManagementService management;

	@Autowired
	protected RuntimeService runtime;

	/** Outages written through the real journal. */
	protected Outages outages;

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		TestChannels.register(registry);
	}

	@BeforeEach
	void emptyChannelsAndPinTheClock() throws Exception {
		TestChannels.teams().reset();
		TestChannels.smtp().purgeEmailFromAllMailboxes();
		this.outages = new Outages(this.journal, this.units);
		ClockUtil.setCurrentTime(new Date());
	}

	/** The outage's latest publication for that audience. */
	protected Publication lastPublication(Outage outage, Audience audience) {
		return this.journal.publications(outage.id())
			.stream()
			.filter((p) -> p.audience() == audience)
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	/** The publication's deliveries on one channel. */
	protected List<Delivery> deliveries(Publication publication, DeliveryChannel channel) {
		return this.deliveries.forPublication(publication.id())
			.stream()
			.filter((d) -> d.channel() == channel)
			.toList();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

}
