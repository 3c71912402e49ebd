package se.regionjh.reservrutin.publication;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import se.regionjh.reservrutin.outage.Assessment;
import se.regionjh.reservrutin.outage.EntryType;
import se.regionjh.reservrutin.outage.NewOutage;
import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.units.UnitRegistry;

/**
 * Outages written through the real journal, as the outage process would:
 * each public step records its publication.
 */
public final class Outages {

	/** Every payload the channels must render inert. */
	public static final String HOSTILE = "<script>alert('x')</script> <img src=x onerror=alert(1)> "
			+ "[klicka](javascript:alert(2)) <a href=\"javascript:alert(3)\">länk</a> ]]> & \"citat\"";

	private final OutageJournal journal;

	private final UnitRegistry units;

	public Outages(OutageJournal journal, UnitRegistry units) {
		this.journal = journal;
		this.units = units;
	}

	/** An unplanned outage, assessed and published: ONGOING. */
	public Outage ongoing(String title, String text, String... services) {
		Instant now = now();
		Outage outage = open(title, text, false, now, services);
		return this.journal.assess(outage.id(), new Assessment(title, List.of(services), outage.units(), false, false,
				now, now.plus(Duration.ofHours(3)), now.plus(Duration.ofHours(1)), text, null), "forvaltare");
	}

	/** A planned outage two days ahead: PLANNED. */
	public Outage planned(String title, String text, String... services) {
		Instant start = now().plus(Duration.ofDays(2));
		Outage outage = open(title, text, true, start, services);
		return this.journal.assess(outage.id(), new Assessment(title, List.of(services), outage.units(), true, false,
				start, start.plus(Duration.ofHours(2)), null, text, null), "forvaltare");
	}

	/** Ongoing, then back in service: RESOLVED. */
	public Outage resolved(String title, String text, String... services) {
		Outage outage = ongoing(title, text, services);
		return this.journal.resolve(outage.id(), "Felet är åtgärdat.", "forvaltare", null);
	}

	private Outage open(String title, String text, boolean planned, Instant start, String... services) {
		List<String> affected = this.units.unitIdsUsing(List.of(services));
		return this.journal.open(new NewOutage(null, title, List.of(services), affected, planned, false, start,
				start.plus(Duration.ofHours(3)), text, null), EntryType.DECLARED, "forvaltare",
				"Intern anteckning: bara förvaltningen ser detta");
	}

	private static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
