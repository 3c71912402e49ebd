package se.regionjh.reservrutin.publication.mail;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.outage.Publication;
import se.regionjh.reservrutin.units.Unit;
import se.regionjh.reservrutin.units.UnitRegistry;

/**
 * Who gets a publication by e-mail, by its audience: the units' functional
 * mailboxes (PUBLIC, UNITS), their managers and the FBL (UNIT_MANAGERS), the
 * FBL (MANAGEMENT), or Inera (INERA). Each address once, in a stable order.
 */
@Component
class MailRecipients {

	/** The target recorded when Inera's address is not configured. */
	static final String INERA_NOT_CONFIGURED = "inera";

	private static final Logger log = LoggerFactory.getLogger(MailRecipients.class);

	private final UnitRegistry units;

	private final PublicationMailProperties properties;

	MailRecipients(UnitRegistry units, PublicationMailProperties properties) {
		this.units = units;
		this.properties = properties;
	}

	List<String> of(Publication publication) {
		Set<String> seen = new LinkedHashSet<>();
		Set<String> addresses = new LinkedHashSet<>();
		switch (publication.audience()) {
			case PUBLIC, UNITS -> units(publication).forEach((unit) -> add(addresses, seen, unit.email()));
			case UNIT_MANAGERS -> {
				units(publication).forEach((unit) -> add(addresses, seen, unit.managerEmail()));
				add(addresses, seen, this.properties.functionalMailbox());
			}
			case MANAGEMENT -> add(addresses, seen, this.properties.functionalMailbox());
			case INERA -> add(addresses, seen,
					this.properties.hasIneraAddress() ? this.properties.ineraAddress() : INERA_NOT_CONFIGURED);
		}
		return List.copyOf(addresses);
	}

	private List<Unit> units(Publication publication) {
		return publication.units().stream().flatMap((id) -> {
			var unit = this.units.find(id);
			if (unit.isEmpty()) {
				log.warn("Publication {} names unit '{}', which is not in the unit registry", publication.id(), id);
			}
			return unit.stream();
		}).toList();
	}

	private static void add(Set<String> addresses, Set<String> seen, String address) {
		if (seen.add(address.trim().toLowerCase(Locale.ROOT))) {
			addresses.add(address.trim());
		}
	}

}
