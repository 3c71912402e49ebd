package se.regionjh.reservrutin.publication.statuspage;

import java.lang.reflect.Method;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.mockito.ArgumentCaptor;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.regionjh.reservrutin.outage.EntryType;
import se.regionjh.reservrutin.outage.JournalEntry;
import se.regionjh.reservrutin.outage.JournalEvents.JournalChanged;
import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.outage.OutageState;
import se.regionjh.reservrutin.publication.StatusPageLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class StatusSnapshotsTest {

	static final List<OutageState> OPEN = List.of(OutageState.ONGOING, OutageState.PLANNED);

	static final List<OutageState> ENDED = List.of(OutageState.RESOLVED, OutageState.CLOSED, OutageState.CANCELLED);

	OutageJournal journal = mock(OutageJournal.class);

	PlatformTransactionManager transactions = transactions();

	TestClock clock = new TestClock(Instant.parse("2026-12-03T12:00:00Z"));

	/** Every 30 s, stale after 2 intervals without a successful rebuild, a query may take 1 s. */
	StatusSnapshots snapshots = new StatusSnapshots(this.journal,
			new StatusPageProperties(7, Duration.ofSeconds(30), 200, 2, Duration.ofSeconds(1)), this.transactions,
			this.clock);

	@AfterEach
	void stop() {
		this.snapshots.stop();
	}

	@Test
	void keepsServingTheLastSnapshotWhileTheDatabaseIsDown() {
		Outage outage = outage(OutageState.ONGOING);
		when(this.journal.list(eq(List.of(OutageState.ONGOING, OutageState.PLANNED)), anyInt()))
			.thenReturn(List.of(outage));
		assertThat(this.snapshots.refresh()).isTrue();
		StatusSnapshot good = this.snapshots.current();
		assertThat(good.ongoing()).extracting(StatusSnapshot.OutageView::reference).containsExactly("DS-2026-0001");
		assertThat(good.stale()).isFalse();

		when(this.journal.list(anyList(), anyInt())).thenThrow(new CannotGetJdbcConnectionException("down"));
		assertThat(this.snapshots.refresh()).isFalse();

		StatusSnapshot kept = this.snapshots.current();
		assertThat(kept.ongoing()).isEqualTo(good.ongoing());
		assertThat(kept.builtAt()).isEqualTo(good.builtAt());
		assertThat(kept.failedSince()).isNotNull();
		assertThat(kept.stale()).isTrue();
		assertThat(kept.version()).isGreaterThan(good.version());
	}

	@Test
	void servicesShowTheWorstCurrentCondition() {
		when(this.journal.list(eq(List.of(OutageState.ONGOING, OutageState.PLANNED)), anyInt()))
			.thenReturn(List.of(outage(OutageState.ONGOING)));
		this.snapshots.refresh();
		assertThat(this.snapshots.current().services()).filteredOn((s) -> s.id().equals("journalen"))
			.singleElement()
			.extracting(StatusSnapshot.ServiceStatus::condition)
			.isEqualTo(StatusSnapshot.Condition.DISTURBED);
		assertThat(this.snapshots.current().services()).filteredOn((s) -> !s.id().equals("journalen"))
			.allMatch((s) -> s.condition() == StatusSnapshot.Condition.NORMAL);
	}

	@Test
	@Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
	void aHungDatabaseMakesTheSnapshotStaleCountedFromTheLastSuccessfulRebuildAndFreshAgainWhenItAnswers()
			throws Exception {
		CountDownLatch hung = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicBoolean hang = new AtomicBoolean();
		when(this.journal.list(anyList(), anyInt())).thenAnswer((call) -> {
			if (hang.get()) {
				hung.countDown();
				release.await();
			}
			return OPEN.equals(call.getArgument(0)) ? List.of(outage(OutageState.ONGOING)) : List.of();
		});
		StatusApiController api = new StatusApiController(this.snapshots,
				new StatusPageLinks(URI.create("http://localhost:8080")));
		assertThat(this.snapshots.refresh()).isTrue();
		StatusSnapshot good = this.snapshots.current();
		assertThat(good.stale()).isFalse();

		hang.set(true);
		this.clock.advance(Duration.ofSeconds(40));
		// The caller is not held by the hung read: it is told the page is not fresh and goes on.
		assertThat(this.snapshots.refresh()).isFalse();
		assertThat(hung.await(5, TimeUnit.SECONDS)).isTrue();
		// 40 s since the last good rebuild: within two intervals, not yet stale.
		assertThat(this.snapshots.current().stale()).isFalse();

		// Another attempt 21 s later: the last attempt is recent, the last success is 61 s old.
		this.clock.advance(Duration.ofSeconds(21));
		assertThat(this.snapshots.refresh()).isFalse();
		StatusSnapshot kept = this.snapshots.current();
		assertThat(kept.stale()).isTrue();
		assertThat(kept.failedSince()).isNotNull();
		assertThat(kept.builtAt()).isEqualTo(good.builtAt());
		assertThat(kept.ongoing()).isEqualTo(good.ongoing());
		// A new version, so cached pages and ETags show the note.
		assertThat(kept.version()).isGreaterThan(good.version());
		assertThat(kept.etag()).isNotEqualTo(good.etag());
		assertThat(api.status().stale()).isTrue();
		assertThat(api.status().failingSince()).isEqualTo(kept.failedSince());

		hang.set(false);
		release.countDown();
		assertThat(this.snapshots.refresh()).isTrue();
		StatusSnapshot recovered = this.snapshots.current();
		assertThat(recovered.stale()).isFalse();
		assertThat(recovered.failedSince()).isNull();
		assertThat(api.status().stale()).isFalse();
		assertThat(recovered.ongoing()).extracting(StatusSnapshot.OutageView::reference).containsExactly("DS-2026-0001");
	}

	@Test
	@Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
	void rebuildsRunOnTheirOwnThreadNeverOnSpringsSchedulerOrTheCaller() throws Exception {
		Set<String> readers = ConcurrentHashMap.newKeySet();
		when(this.journal.list(anyList(), anyInt())).thenAnswer((call) -> {
			readers.add(Thread.currentThread().getName());
			return List.of();
		});
		StatusSnapshots fast = new StatusSnapshots(this.journal,
				new StatusPageProperties(7, Duration.ofMillis(50), 200, 2, Duration.ofSeconds(1)), this.transactions,
				this.clock);
		try {
			assertThat(fast.refresh()).isTrue();
			fast.start();
			// The periodic rebuild runs without Spring's scheduler (none exists in this test).
			verify(this.journal, timeout(5000).atLeast(6)).list(anyList(), anyInt());
		}
		finally {
			fast.stop();
		}
		assertThat(readers).containsOnly(StatusSnapshots.REBUILD_THREAD);
		// Spring's single scheduler thread, which the mailbox poller uses, runs no rebuild.
		assertThat(Arrays.stream(StatusSnapshots.class.getDeclaredMethods())
			.filter((m) -> m.isAnnotationPresent(Scheduled.class))
			.map(Method::getName)).isEmpty();
	}

	@Test
	void severalJournalChangesInOneTransactionRebuildThePageOnceAfterItCommits() {
		when(this.journal.list(anyList(), anyInt())).thenReturn(List.of());
		TransactionSynchronizationManager.initSynchronization();
		List<TransactionSynchronization> registered;
		try {
			for (int change = 0; change < 3; change++) {
				this.snapshots.onJournalChanged(new JournalChanged(1L));
			}
			// Nothing is read before the commit: the changes are not visible yet.
			verify(this.journal, never()).list(anyList(), anyInt());
			registered = TransactionSynchronizationManager.getSynchronizations();
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(registered).hasSize(1);
		registered.forEach(TransactionSynchronization::afterCommit);
		registered.forEach((sync) -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		// One rebuild: the open outages and the ended ones, each listed once.
		verify(this.journal, times(1)).list(eq(OPEN), anyInt());
		verify(this.journal, times(1)).list(eq(ENDED), anyInt());
	}

	@Test
	void aRolledBackTransactionRebuildsNothing() {
		TransactionSynchronizationManager.initSynchronization();
		List<TransactionSynchronization> registered;
		try {
			this.snapshots.onJournalChanged(new JournalChanged(1L));
			registered = TransactionSynchronizationManager.getSynchronizations();
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		registered.forEach((sync) -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
		verify(this.journal, never()).list(anyList(), anyInt());
	}

	@Test
	void everyOutagesPublicTimelineIsReadInOneQuery() {
		Outage ongoing = outage(OutageState.ONGOING);
		Instant now = Instant.now();
		Outage planned = new Outage(2, "DS-2026-0002", null, "Uppgradering", List.of("formular"), List.of(), true,
				false, OutageState.PLANNED, now.plusSeconds(86400), now.plusSeconds(90000), null, null, null,
				"Planerat.", null, null, now, now);
		when(this.journal.list(eq(OPEN), anyInt())).thenReturn(List.of(ongoing, planned));
		when(this.journal.publicTimelines(anyCollection())).thenReturn(Map.of(1L,
				List.of(new JournalEntry(10L, 1L, Instant.parse("2026-12-03T11:00:00Z"), EntryType.STATUS_UPDATE,
						JournalEntry.Visibility.PUBLIC, "forvaltning", null, "Felsökning pågår.", null))));

		assertThat(this.snapshots.refresh()).isTrue();

		verify(this.journal, times(1)).publicTimelines(Set.of(1L, 2L));
		verify(this.journal, never()).timeline(anyLong());
		StatusSnapshot snapshot = this.snapshots.current();
		assertThat(snapshot.ongoing().get(0).timeline()).extracting(StatusSnapshot.TimelineItem::text)
			.containsExactly("Felsökning pågår.");
		assertThat(snapshot.planned().get(0).timeline()).isEmpty();
	}

	@Test
	void theJournalIsReadInAReadOnlyTransactionWithTheQueryTimeout() {
		when(this.journal.list(anyList(), anyInt())).thenReturn(List.of());
		assertThat(this.snapshots.refresh()).isTrue();

		ArgumentCaptor<TransactionDefinition> definition = ArgumentCaptor.forClass(TransactionDefinition.class);
		verify(this.transactions, atLeastOnce()).getTransaction(definition.capture());
		// JdbcTemplate gives each statement the transaction's remaining time as its query timeout.
		assertThat(definition.getValue().getTimeout()).isEqualTo(1);
		assertThat(definition.getValue().isReadOnly()).isTrue();
	}

	private static PlatformTransactionManager transactions() {
		PlatformTransactionManager manager = mock(PlatformTransactionManager.class);
		when(manager.getTransaction(any())).thenAnswer((call) -> new SimpleTransactionStatus());
		return manager;
	}

	/** A wall clock the test moves. */
	static final class TestClock extends Clock {

		private final AtomicReference<Instant> now;

		TestClock(Instant start) {
			this.now = new AtomicReference<>(start);
		}

		void advance(Duration duration) {
			this.now.updateAndGet((t) -> t.plus(duration));
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now.get();
		}

	}

	static Outage outage(OutageState state) {
		Instant now = Instant.now();
		return new Outage(1, "DS-2026-0001", null, "Journalen nere", List.of("journalen"), List.of("hc-krokom"), false,
				false, state, now, now.plusSeconds(3600), null, null, null, "Text", null, null, now, now);
	}

}
