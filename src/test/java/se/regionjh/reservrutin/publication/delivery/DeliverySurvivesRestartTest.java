package se.regionjh.reservrutin.publication.delivery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.regionjh.reservrutin.ReservrutinApplication;
import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.publication.Outages;
import se.regionjh.reservrutin.publication.TestChannels;
import se.regionjh.reservrutin.units.EService;
import se.regionjh.reservrutin.units.UnitRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Deliveries are recorded with the publication and wait as jobs in the
 * database: an application stopped before it sent anything sends everything
 * after the next start.
 */
class DeliverySurvivesRestartTest {

	@TempDir
	Path directory;

	@BeforeEach
	void channels() throws Exception {
		assumeFalse("postgres".equals(System.getProperty("reservrutin.test.database")),
				"restart test runs on an H2 file database of its own");
		TestChannels.teams().reset();
		TestChannels.smtp().purgeEmailFromAllMailboxes();
	}

	@Test
	void pendingDeliveriesAreSentAfterARestart() throws Exception {
		List<Long> ids;
		Outage outage;
		try (ConfigurableApplicationContext first = start()) {
			outage = new Outages(first.getBean(OutageJournal.class), first.getBean(UnitRegistry.class))
				.ongoing("Journalen nere över natten", "Text", "journalen");
			long publication = first.getBean(OutageJournal.class).publications(outage.id()).get(0).id();
			List<Delivery> pending = first.getBean(DeliveryLog.class).forPublication(publication);
			// Teams for the service and an e-mail to each unit (the status page is no channel: it reads the journal).
			assertThat(pending).extracting(Delivery::channel, Delivery::target)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(DeliveryChannel.TEAMS, "journalen"),
						org.assertj.core.groups.Tuple.tuple(DeliveryChannel.EMAIL, "hc-ostersund@example.org"),
						org.assertj.core.groups.Tuple.tuple(DeliveryChannel.EMAIL, "hc-krokom@example.org"));
			assertThat(pending).allMatch((d) -> d.state() == DeliveryState.PENDING);
			ids = pending.stream().map(Delivery::id).toList();
		}
		assertThat(TestChannels.teams().all()).isEmpty();
		assertThat(TestChannels.smtp().getReceivedMessages()).isEmpty();

		try (ConfigurableApplicationContext second = start()) {
			DeliveryLog log = second.getBean(DeliveryLog.class);
			List<Delivery> pending = ids.stream().map((id) -> log.find(id).orElseThrow()).toList();
			assertThat(DeliveryJobs.runDue(second.getBean(ManagementService.class), pending)).isEmpty();

			assertThat(ids).allSatisfy((id) -> assertThat(log.find(id).orElseThrow().state()).isEqualTo(DeliveryState.SENT));
		}
		assertThat(TestChannels.teams().received("journalen")).hasSize(1);
		assertThat(TestChannels.smtp().getReceivedMessages()).hasSize(2);
	}

	private ConfigurableApplicationContext start() {
		List<String> args = new ArrayList<>(List.of("--spring.profiles.active=demo,test",
				"--spring.datasource.url=jdbc:h2:file:" + this.directory.resolve("reservrutin").toAbsolutePath()
						+ ";DB_CLOSE_ON_EXIT=FALSE",
				// Closing a context unregisters its engine by name from Camunda's static registry,
				// where the REST API of other cached test contexts looks up "default".
				"--camunda.bpm.process-engine-name=restart-test", "--server.port=0", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + TestChannels.smtp().getSmtp().getPort(),
				"--reservrutin.teams.allow-insecure-loopback=true"));
		for (EService service : EService.values()) {
			args.add("--reservrutin.teams.webhooks." + service.id() + "=" + TestChannels.teams().url(service.id()));
		}
		return new SpringApplicationBuilder(ReservrutinApplication.class).run(args.toArray(String[]::new));
	}

}
