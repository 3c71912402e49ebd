package se.regionjh.reservrutin.publication.statuspage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.regionjh.reservrutin.outage.JournalEntry;
import se.regionjh.reservrutin.outage.JournalReader;
import se.regionjh.reservrutin.outage.JournalEvents.JournalChanged;
import se.regionjh.reservrutin.outage.OutageWording;
import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.outage.OutageState;
import se.regionjh.reservrutin.publication.statuspage.StatusSnapshot.Condition;
import se.regionjh.reservrutin.publication.statuspage.StatusSnapshot.OutageView;
import se.regionjh.reservrutin.publication.statuspage.StatusSnapshot.ServiceStatus;
import se.regionjh.reservrutin.publication.statuspage.StatusSnapshot.TimelineItem;
import se.regionjh.reservrutin.system.InputRules;
import se.regionjh.reservrutin.units.EService;

/**
 * The status page's read model: an in-memory snapshot of the journal. It is
 * rebuilt once after every transaction that changed the journal on this node,
 * and periodically for changes made by other nodes (each node rebuilds from
 * the database; nothing else refreshes it). Rebuilds read through the page's
 * own small pool ({@link StatusPageDatabase}), never the one whose callers
 * wait for them. One rebuild reads the listed
 * outages and all their public timelines in three queries. Requests only ever
 * read the reference. Rebuilds run one at a time on
 * a thread of their own (never Spring's scheduler thread, which the mailbox
 * poller needs), in a read-only transaction whose timeout bounds every query.
 * When the journal cannot be read the last snapshot stays, marked stale with
 * the time the failure began; when no rebuild has succeeded for
 * {@code staleAfterIntervals} refresh intervals (a read that hangs), it is
 * marked stale too. Requests that come while a rebuild is waiting collapse
 * into that one rebuild.
 */
@Component
class StatusSnapshots {

	static final String REBUILD_THREAD = "status-page-rebuild";

	/** How much longer than the query timeout a caller waits for a rebuild (connection, building). */
	private static final Duration WAIT_MARGIN = Duration.ofSeconds(1);

	private static final Logger log = LoggerFactory.getLogger(StatusSnapshots.class);

	private static final List<OutageState> OPEN = List.of(OutageState.ONGOING, OutageState.PLANNED);

	private static final List<OutageState> ENDED = List.of(OutageState.RESOLVED, OutageState.CLOSED,
			OutageState.CANCELLED);

	private final AtomicReference<StatusSnapshot> current = new AtomicReference<>(StatusSnapshot.empty());

	private final AtomicLong versions = new AtomicLong();

	private final JournalReader journal;

	private final StatusPageProperties properties;

	private final TransactionTemplate readOnly;

	/** The wall clock that ages the snapshot; Camunda's clock (page times) may be moved. */
	private final Clock clock;

	private final ScheduledExecutorService rebuilds = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, REBUILD_THREAD);
		thread.setDaemon(true);
		return thread;
	});

	/** The rebuild that has not started yet, which new requests join; guarded by this. */
	private CompletableFuture<Boolean> queued;

	/** Wall-clock time of the last successful rebuild; null before the first. */
	private volatile Instant lastSuccess;

	/** Camunda-clock time the running rebuild started; null when none runs. */
	private volatile Instant attemptStartedAt;

	private volatile boolean started;

	@Autowired
	StatusSnapshots(StatusPageDatabase database, StatusPageProperties properties) {
		this(OutageJournal.readerOn(database.jdbc()), properties, database.transactions(), Clock.systemUTC());
	}

	StatusSnapshots(JournalReader journal, StatusPageProperties properties, PlatformTransactionManager transactions,
			Clock clock) {
		this.journal = journal;
		this.properties = properties;
		this.readOnly = rebuildTransaction(transactions, properties.queryTimeout());
		this.clock = clock;
	}

	/**
	 * Read-only, and timed out: JdbcTemplate (under JdbcClient) gives each
	 * statement the transaction's remaining time as its query timeout, so a
	 * lock or a hung server ends the rebuild as a failure.
	 */
	static TransactionTemplate rebuildTransaction(PlatformTransactionManager transactions, Duration queryTimeout) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setReadOnly(true);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		template.setTimeout(Math.toIntExact(Math.max(1, queryTimeout.toSeconds())));
		return template;
	}

	/**
	 * The snapshot to serve. One that no rebuild has replaced for too long is
	 * replaced here by a stale copy (a new version, so pages and ETags change).
	 */
	StatusSnapshot current() {
		StatusSnapshot snapshot = this.current.get();
		if (!snapshot.stale() && overdue()) {
			Instant since = this.attemptStartedAt;
			StatusSnapshot marked = snapshot.failed(this.versions.incrementAndGet(),
					(since != null) ? since : ClockUtil.getCurrentTime().toInstant());
			if (this.current.compareAndSet(snapshot, marked)) {
				log.warn("Status page marks the snapshot of {} stale: no rebuild has succeeded since {}",
						snapshot.builtAt(), this.lastSuccess);
			}
			return this.current.get();
		}
		return snapshot;
	}

	private boolean overdue() {
		Instant last = this.lastSuccess;
		Duration maxAge = this.properties.refreshInterval().multipliedBy(this.properties.staleAfterIntervals());
		return last != null && Duration.between(last, this.clock.instant()).compareTo(maxAge) > 0;
	}

	/**
	 * A change inside a transaction asks for one rebuild after that
	 * transaction commits, however many changes it makes (none when it rolls
	 * back); the committing caller waits for it (bounded), so its own next read
	 * of the page shows its change. A change outside a transaction rebuilds at
	 * once.
	 */
	@EventListener
	void onJournalChanged(JournalChanged event) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			refresh();
			return;
		}
		boolean registered = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.anyMatch((sync) -> sync instanceof RebuildAfterCommit rebuild && rebuild.owner() == this);
		if (!registered) {
			TransactionSynchronizationManager.registerSynchronization(new RebuildAfterCommit(this));
		}
	}

	/** Registered once per transaction (synchronizations are suspended with it). */
	private record RebuildAfterCommit(StatusSnapshots owner) implements TransactionSynchronization {

		@Override
		public void afterCommit() {
			this.owner.refresh();
		}

	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		refresh();
		start();
	}

	/** Starts the periodic rebuild on the rebuild thread. */
	synchronized void start() {
		if (this.started) {
			return;
		}
		this.started = true;
		long interval = this.properties.refreshInterval().toMillis();
		this.rebuilds.scheduleWithFixedDelay(this::requestRebuild, interval, interval, TimeUnit.MILLISECONDS);
	}

	@PreDestroy
	void stop() {
		// Interrupts a rebuild that hangs, so shutdown is not held up by it.
		this.rebuilds.shutdownNow();
	}

	/**
	 * Asks for a rebuild and waits for it, but no longer than the query
	 * timeout (and a little): a hung database never holds the caller.
	 * Returns whether the snapshot is fresh afterwards.
	 */
	boolean refresh() {
		CompletableFuture<Boolean> rebuild = requestRebuild();
		try {
			return rebuild.get(this.properties.queryTimeout().plus(WAIT_MARGIN).toMillis(), TimeUnit.MILLISECONDS)
					&& !current().stale();
		}
		catch (TimeoutException ex) {
			log.warn("Status page rebuild has not finished within {}; the page keeps its snapshot",
					this.properties.queryTimeout().plus(WAIT_MARGIN));
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException ex) {
			return false;
		}
	}

	/**
	 * The next rebuild: the one already waiting to start, or a new one queued
	 * after the running one, so it reads every commit made before this call.
	 */
	private synchronized CompletableFuture<Boolean> requestRebuild() {
		if (this.queued == null) {
			CompletableFuture<Boolean> next = new CompletableFuture<>();
			this.queued = next;
			try {
				this.rebuilds.execute(() -> {
					synchronized (this) {
						if (this.queued == next) {
							this.queued = null;
						}
					}
					next.complete(rebuild());
				});
			}
			catch (java.util.concurrent.RejectedExecutionException ex) {
				// Shutting down.
				this.queued = null;
				next.complete(false);
			}
		}
		return this.queued != null ? this.queued : CompletableFuture.completedFuture(!current().stale());
	}

	private boolean rebuild() {
		Instant now = ClockUtil.getCurrentTime().toInstant();
		this.attemptStartedAt = now;
		try {
			StatusSnapshot fresh = this.readOnly.execute((status) -> read(now));
			// Before the snapshot, so a reader never sees the new one with the old age.
			this.lastSuccess = this.clock.instant();
			this.current.set(fresh);
			return true;
		}
		catch (RuntimeException ex) {
			StatusSnapshot previous = this.current.get();
			this.current.set(previous.failed(this.versions.incrementAndGet(), now));
			log.warn("Status page keeps the snapshot of {}: the journal cannot be read ({})", previous.builtAt(),
					ex.toString());
			return false;
		}
		finally {
			this.attemptStartedAt = null;
		}
	}

	private StatusSnapshot read(Instant now) {
		Instant recentSince = now.minus(Duration.ofDays(this.properties.recentDays()));
		List<Outage> open = this.journal.list(OPEN, this.properties.maxOutages());
		List<Outage> recent = this.journal.list(ENDED, this.properties.maxOutages())
			.stream()
			.filter((o) -> endedAt(o) != null && !endedAt(o).isBefore(recentSince))
			.toList();
		Set<Long> shown = new LinkedHashSet<>();
		open.forEach((o) -> shown.add(o.id()));
		recent.forEach((o) -> shown.add(o.id()));
		Map<Long, List<JournalEntry>> timelines = this.journal.publicTimelines(shown);
		List<OutageView> ongoing = open.stream()
			.filter((o) -> o.state() == OutageState.ONGOING)
			.map((o) -> view(o, timelines))
			.sorted(Comparator.comparing(OutageView::startsAt, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
		List<OutageView> planned = open.stream()
			.filter((o) -> o.state() == OutageState.PLANNED)
			.map((o) -> view(o, timelines))
			.sorted(Comparator.comparing(OutageView::startsAt, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		List<OutageView> ended = recent.stream()
			.map((o) -> view(o, timelines))
			.sorted(Comparator.comparing(OutageView::endedAt).reversed())
			.toList();
		List<ServiceStatus> services = Arrays.stream(EService.values())
			.map((service) -> new ServiceStatus(service.id(), service.displayName(),
					condition(service.id(), ongoing, planned)))
			.toList();
		return new StatusSnapshot(this.versions.incrementAndGet(), now, null, services, ongoing, planned, ended);
	}

	private static OutageView view(Outage outage, Map<Long, List<JournalEntry>> timelines) {
		List<TimelineItem> timeline = timelines.getOrDefault(outage.id(), List.of())
			.stream()
			.map((entry) -> new TimelineItem(entry.occurredAt(), entry.type().label(),
					InputRules.harmless(entry.text())))
			.toList();
		// Whatever reached the journal, one outage's text never breaks the
		// XML, iCalendar and JSON rendered for all the others (issue 12).
		return new OutageView(outage.reference(), InputRules.harmless(outage.title(), false), outage.state(),
				outage.services(), OutageWording.serviceNames(outage.services()), outage.startsAt(), outage.expectedEnd(),
				outage.nextUpdateAt(), endedAt(outage), outage.updatedAt(), InputRules.harmless(outage.publicText()),
				timeline);
	}

	private static Instant endedAt(Outage outage) {
		return (outage.resolvedAt() != null) ? outage.resolvedAt() : outage.closedAt();
	}

	private static Condition condition(String service, List<OutageView> ongoing, List<OutageView> planned) {
		if (ongoing.stream().anyMatch((o) -> o.serviceIds().contains(service))) {
			return Condition.DISTURBED;
		}
		if (planned.stream().anyMatch((o) -> o.serviceIds().contains(service))) {
			return Condition.PLANNED;
		}
		return Condition.NORMAL;
	}

}
