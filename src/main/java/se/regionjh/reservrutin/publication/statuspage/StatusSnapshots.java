package se.regionjh.reservrutin.publication.statuspage;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import se.regionjh.reservrutin.outage.JournalEntry;
import se.regionjh.reservrutin.outage.JournalEvents.JournalChanged;
import se.regionjh.reservrutin.outage.Messages;
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
 * Holds the status page's snapshot. It is rebuilt after every commit that
 * changed the journal on this node, and on a timer for changes made by other
 * nodes; requests only ever read the reference. When the journal cannot be
 * read the last snapshot stays, marked with the time the failure began.
 * Concurrent rebuild requests collapse into one rebuild that runs after all of
 * them.
 */
@Component
class StatusSnapshots {

	private static final Logger log = LoggerFactory.getLogger(StatusSnapshots.class);

	private static final List<OutageState> OPEN = List.of(OutageState.ONGOING, OutageState.PLANNED);

	private static final List<OutageState> ENDED = List.of(OutageState.RESOLVED, OutageState.CLOSED,
			OutageState.CANCELLED);

	private final AtomicReference<StatusSnapshot> current = new AtomicReference<>(StatusSnapshot.empty());

	private final AtomicLong versions = new AtomicLong();

	private final AtomicBoolean requested = new AtomicBoolean();

	private final ReentrantLock building = new ReentrantLock();

	private final OutageJournal journal;

	private final StatusPageProperties properties;

	StatusSnapshots(OutageJournal journal, StatusPageProperties properties) {
		this.journal = journal;
		this.properties = properties;
	}

	StatusSnapshot current() {
		return this.current.get();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onJournalChanged(JournalChanged event) {
		refresh();
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		refresh();
	}

	@Scheduled(fixedDelayString = "${reservrutin.status-page.refresh-interval:PT30S}",
			initialDelayString = "${reservrutin.status-page.refresh-interval:PT30S}")
	void periodically() {
		refresh();
	}

	/**
	 * Rebuilds now, or makes the rebuild running in another thread go round
	 * once more. Returns whether the snapshot is fresh afterwards.
	 */
	boolean refresh() {
		this.requested.set(true);
		while (this.requested.get()) {
			if (!this.building.tryLock()) {
				// The builder re-checks 'requested' after unlocking, so this request is not lost.
				return !current().stale();
			}
			try {
				while (this.requested.getAndSet(false)) {
					rebuild();
				}
			}
			finally {
				this.building.unlock();
			}
		}
		return !current().stale();
	}

	private void rebuild() {
		Instant now = ClockUtil.getCurrentTime().toInstant();
		try {
			this.current.set(read(now));
		}
		catch (RuntimeException ex) {
			StatusSnapshot previous = current();
			this.current.set(previous.failed(this.versions.incrementAndGet(), now));
			log.warn("Status page keeps the snapshot of {}: the journal cannot be read ({})", previous.builtAt(),
					ex.toString());
		}
	}

	private StatusSnapshot read(Instant now) {
		Instant recentSince = now.minus(Duration.ofDays(this.properties.recentDays()));
		List<OutageView> open = this.journal.list(OPEN, this.properties.maxOutages())
			.stream()
			.map(this::view)
			.toList();
		List<OutageView> ongoing = open.stream()
			.filter((o) -> o.state() == OutageState.ONGOING)
			.sorted(Comparator.comparing(OutageView::startsAt, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
		List<OutageView> planned = open.stream()
			.filter((o) -> o.state() == OutageState.PLANNED)
			.sorted(Comparator.comparing(OutageView::startsAt, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		List<OutageView> recent = this.journal.list(ENDED, this.properties.maxOutages())
			.stream()
			.filter((o) -> endedAt(o) != null && !endedAt(o).isBefore(recentSince))
			.map(this::view)
			.sorted(Comparator.comparing(OutageView::endedAt).reversed())
			.toList();
		List<ServiceStatus> services = Arrays.stream(EService.values())
			.map((service) -> new ServiceStatus(service.id(), service.displayName(),
					condition(service.id(), ongoing, planned)))
			.toList();
		return new StatusSnapshot(this.versions.incrementAndGet(), now, null, services, ongoing, planned, recent);
	}

	private OutageView view(Outage outage) {
		List<TimelineItem> timeline = this.journal.timeline(outage.id())
			.stream()
			.filter((entry) -> entry.visibility() == JournalEntry.Visibility.PUBLIC)
			.map((entry) -> new TimelineItem(entry.occurredAt(), entry.type().label(),
					InputRules.harmless(entry.text())))
			.toList();
		// Whatever reached the journal, one outage's text never breaks the
		// XML, iCalendar and JSON rendered for all the others (issue 12).
		return new OutageView(outage.reference(), InputRules.harmless(outage.title(), false), outage.state(),
				outage.services(), Messages.serviceNames(outage.services()), outage.startsAt(), outage.expectedEnd(),
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
