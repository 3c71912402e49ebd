package se.regionjh.reservrutin.publication.statuspage;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import se.regionjh.reservrutin.publication.StatusPageLinks;
import se.regionjh.reservrutin.publication.statuspage.StatusSnapshot.OutageView;

/**
 * The status page as JSON ({@code /api/status}), for the intranet and scripts.
 * Public like the page.
 */
@RestController
class StatusApiController {

	private final StatusSnapshots snapshots;

	private final StatusPageLinks links;

	StatusApiController(StatusSnapshots snapshots, StatusPageLinks links) {
		this.snapshots = snapshots;
		this.links = links;
	}

	record Status(Instant updatedAt, boolean stale, Instant failingSince, List<Service> services,
			List<OutageJson> ongoing, List<OutageJson> planned, List<OutageJson> recent) {
	}

	record Service(String id, String name, String condition, String label) {
	}

	record OutageJson(String reference, String title, String state, String stateLabel, List<String> services,
			Instant startsAt, Instant expectedEnd, Instant nextUpdateAt, Instant endedAt, Instant updatedAt,
			String latestUpdate, Instant latestUpdateAt, String url) {
	}

	@GetMapping("/api/status")
	Status status() {
		StatusSnapshot snapshot = this.snapshots.current();
		return new Status(snapshot.builtAt(), snapshot.stale(), snapshot.failedSince(),
				snapshot.services()
					.stream()
					.map((s) -> new Service(s.id(), s.name(), s.condition().name(), s.condition().label()))
					.toList(),
				json(snapshot.ongoing()), json(snapshot.planned()), json(snapshot.recent()));
	}

	private List<OutageJson> json(List<OutageView> outages) {
		return outages.stream().map((o) -> {
			var latest = o.latest();
			return new OutageJson(o.reference(), o.title(), o.state().name(), o.stateLabel(), o.serviceIds(),
					o.startsAt(), o.expectedEnd(), o.nextUpdateAt(), o.endedAt(), o.updatedAt(),
					(latest != null) ? latest.text() : o.text(), (latest != null) ? latest.at() : null,
					this.links.outage(o.reference()));
		}).toList();
	}

}
