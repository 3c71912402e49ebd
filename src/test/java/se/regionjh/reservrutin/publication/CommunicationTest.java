package se.regionjh.reservrutin.publication;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.regionjh.reservrutin.publication.delivery.PublicationDeliveryProcess;
import se.regionjh.reservrutin.support.AssertsProcessCoverage;
import se.regionjh.reservrutin.support.IntegrationTest;

/**
 * The application with SMTP and every Teams channel configured, pointing at
 * {@link TestChannels}. All subclasses share one Spring context, and each
 * asserts the coverage of the delivery process its publications run.
 */
@IntegrationTest
@AssertsProcessCoverage(PublicationDeliveryProcess.KEY)
public abstract class CommunicationTest {

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		TestChannels.register(registry);
	}

	@BeforeEach
	void emptyChannels() throws Exception {
		TestChannels.teams().reset();
		TestChannels.smtp().purgeEmailFromAllMailboxes();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

}
