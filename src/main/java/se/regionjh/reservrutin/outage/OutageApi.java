package se.regionjh.reservrutin.outage;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import se.regionjh.reservrutin.security.AccessRules;

/**
 * Read-only JSON view of the outage journal: the list, and one outage with its
 * whole timeline and publications.
 */
@RestController
@RequestMapping("/api/outages")
class OutageApi {

	private static final int MAX_LIMIT = 500;

	private final OutageJournal journal;

	OutageApi(OutageJournal journal) {
		this.journal = journal;
	}

	/** Outages, newest first; {@code state} filters (comma-separated), {@code limit} caps the count. */
	@GetMapping
	List<Outage> list(@RequestParam(required = false) String state,
			@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit måste vara mellan 1 och " + MAX_LIMIT);
		}
		List<OutageState> states = List.of();
		if (state != null && !state.isBlank()) {
			try {
				states = Arrays.stream(state.split(",")).map(String::trim).map(OutageState::valueOf).toList();
			}
			catch (IllegalArgumentException ex) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
						"Okänt tillstånd i state=" + state + "; giltiga: " + Arrays.toString(OutageState.values()));
			}
		}
		return this.journal.list(states, limit);
	}

	@GetMapping("/{id}")
	OutageDetails get(@PathVariable long id, Authentication caller) {
		Outage outage = this.journal.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Driftstörning " + id + " finns inte"));
		return new OutageDetails(outage, visibleTo(caller, this.journal.timeline(id)), this.journal.publications(id));
	}

	/** Management sees every entry; a unit user the public ones and its own units' internal ones (AccessRules). */
	private static List<JournalEntry> visibleTo(Authentication caller, List<JournalEntry> timeline) {
		Set<AccessRules.Role> roles = AccessRules.rolesOf(caller);
		if (roles.contains(AccessRules.Role.MANAGEMENT) || roles.contains(AccessRules.Role.ADMIN)) {
			return timeline;
		}
		Set<String> units = AccessRules.unitsOf(caller);
		return timeline.stream()
			.filter((entry) -> entry.visibility() == JournalEntry.Visibility.PUBLIC
					|| (entry.unitId() != null && units.contains(entry.unitId())))
			.toList();
	}

	record OutageDetails(Outage outage, List<JournalEntry> timeline, List<Publication> publications) {
	}

}
