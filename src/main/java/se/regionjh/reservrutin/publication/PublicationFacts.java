package se.regionjh.reservrutin.publication;

import java.util.ArrayList;
import java.util.List;

import se.regionjh.reservrutin.outage.OutageWording;
import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.Publication;

/**
 * The facts a published message lists beside its text, the same in every
 * channel (e-mail, Teams card), and only those that are true for the state it
 * announces: a forecast and a next update while the outage is planned or
 * ongoing; when the service came back once it is back; neither for a
 * cancellation.
 */
public final class PublicationFacts {

	/** One labelled fact, in Swedish. */
	public record Fact(String label, String value) {
	}

	private PublicationFacts() {
	}

	public static List<Fact> of(Publication publication, Outage outage) {
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact("Tjänster", OutageWording.serviceNames(publication.services())));
		facts.add(new Fact("Läge", publication.outageState().label()));
		switch (publication.outageState()) {
			case RESOLVED, CLOSED -> {
				if (outage.resolvedAt() != null) {
					facts.add(new Fact("Åter i drift", OutageWording.time(outage.resolvedAt())));
				}
			}
			case CANCELLED -> {
				// The window will not happen: no forecast and no update to wait for.
			}
			case NEW, PLANNED, ONGOING -> {
				facts.add(new Fact("Prognos", OutageWording.time(outage.expectedEnd())));
				if (outage.nextUpdateAt() != null) {
					facts.add(new Fact("Nästa uppdatering", OutageWording.time(outage.nextUpdateAt())));
				}
			}
		}
		return List.copyOf(facts);
	}

}
