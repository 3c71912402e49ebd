package se.regionjh.reservrutin.publication.statuspage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import se.regionjh.reservrutin.outage.OutageState;

/**
 * What the status page shows, read once from the journal and then served from
 * memory to every request. Immutable: a rebuild replaces it whole.
 *
 * @param version increases with every replacement; the HTTP ETag
 * @param builtAt when the journal was last read successfully ("Senast uppdaterad"); null before the first read
 * @param failedSince when reading the journal started failing; null while it works
 */
record StatusSnapshot(long version, Instant builtAt, Instant failedSince, List<ServiceStatus> services,
		List<OutageView> ongoing, List<OutageView> planned, List<OutageView> recent) {

	static StatusSnapshot empty() {
		return new StatusSnapshot(0, null, null, List.of(), List.of(), List.of(), List.of());
	}

	StatusSnapshot failed(long version, Instant at) {
		return new StatusSnapshot(version, this.builtAt, (this.failedSince != null) ? this.failedSince : at,
				this.services, this.ongoing, this.planned, this.recent);
	}

	boolean stale() {
		return this.failedSince != null || this.builtAt == null;
	}

	Stream<OutageView> all() {
		return Stream.of(this.ongoing, this.planned, this.recent).flatMap(List::stream);
	}

	Optional<OutageView> outage(String reference) {
		return all().filter((o) -> o.reference().equals(reference)).findFirst();
	}

	/** The ETag of everything derived from this snapshot. */
	String etag() {
		return "\"s" + this.version + "\"";
	}

	/** One service and whether it is disturbed now or soon. */
	record ServiceStatus(String id, String name, Condition condition) {

	}

	enum Condition {

		DISTURBED("Driftstörning pågår"), PLANNED("Planerat driftstopp"), NORMAL("Normal drift");

		private final String label;

		Condition(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** An outage as the public sees it: no internal notes, no actors. */
	record OutageView(String reference, String title, OutageState state, List<String> serviceIds, String services,
			Instant startsAt, Instant expectedEnd, Instant nextUpdateAt, Instant endedAt, Instant updatedAt,
			String text, List<TimelineItem> timeline) {

		public String stateLabel() {
			return this.state.label();
		}

		/** The newest public entry: the latest update. */
		public TimelineItem latest() {
			return this.timeline.isEmpty() ? null : this.timeline.get(this.timeline.size() - 1);
		}

		/** CSS modifier for the state badge (never the only sign: the label is text). */
		public String stateClass() {
			return switch (this.state) {
				case ONGOING -> "pagar";
				case PLANNED -> "planerad";
				case CANCELLED -> "installd";
				default -> "ater";
			};
		}

	}

	/** A public journal entry. */
	record TimelineItem(Instant at, String label, String text) {

	}

}
