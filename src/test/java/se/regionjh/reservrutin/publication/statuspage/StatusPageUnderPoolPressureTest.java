package se.regionjh.reservrutin.publication.statuspage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.publication.Outages;
import se.regionjh.reservrutin.support.RegisteredProcessEngine;
import se.regionjh.reservrutin.units.UnitRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found under intake load (50 notices a second): every request that changed
 * the journal waited after its commit for the status page's rebuild while
 * still holding its database connection, and the rebuild waited for a
 * connection from the same pool. With the pool taken by such requests the
 * rebuild failed after the pool's timeout, the page went stale and every other
 * request failed with "Could not open JDBC Connection". Here the pool is two
 * connections and two transactions commit together.
 */
@SpringBootTest(properties = { "spring.datasource.hikari.maximum-pool-size=2",
		"spring.datasource.hikari.connection-timeout=2000" })
@ActiveProfiles({ "demo", "test" })
@TestExecutionListeners(listeners = RegisteredProcessEngine.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
class StatusPageUnderPoolPressureTest {

	@Autowired
	OutageJournal journal;

	@Autowired
	UnitRegistry units;

	@Autowired
	StatusSnapshots snapshots;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void requestsThatTakeEveryConnectionStillSeeTheirChangesOnTheStatusPage() throws Exception {
		Outages outages = new Outages(this.journal, this.units);
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		CyclicBarrier bothHoldAConnection = new CyclicBarrier(2);
		ExecutorService requests = Executors.newFixedThreadPool(2);
		try {
			List<Future<Outage>> opened = new ArrayList<>();
			for (String title : List.of("Tidbokning svarar inte", "Formulär går inte att skicka")) {
				opened.add(requests.submit(() -> transaction.execute((status) -> {
					Outage outage = outages.ongoing(title, "Vi felsöker.", "tidbokning");
					await(bothHoldAConnection);
					return outage;
				})));
			}
			List<String> references = new ArrayList<>();
			for (Future<Outage> outage : opened) {
				references.add(outage.get(30, TimeUnit.SECONDS).reference());
			}

			// Each committing caller has waited for its rebuild: the page it reads next shows its change.
			StatusSnapshot page = this.snapshots.current();
			assertThat(page.stale()).as("the snapshot after both commits is fresh").isFalse();
			assertThat(page.ongoing()).extracting(StatusSnapshot.OutageView::reference).containsAll(references);
		}
		finally {
			requests.shutdownNow();
		}
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
