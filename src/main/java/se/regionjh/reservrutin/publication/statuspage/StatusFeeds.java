package se.regionjh.reservrutin.publication.statuspage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.outage.OutageState;
import se.regionjh.reservrutin.publication.StatusPageLinks;
import se.regionjh.reservrutin.publication.statuspage.StatusSnapshot.OutageView;

/**
 * The Atom feed (for the intranet) and the iCalendar of planned outages,
 * rendered once per snapshot and then served as is. Both libraries escape for
 * their formats; the outage text goes in as plain text.
 */
@Component
class StatusFeeds {

	static final String FEED_TITLE = "Driftinformation för 1177 e-tjänster";

	private final StatusPageLinks links;

	private final AtomicReference<Rendered> rendered = new AtomicReference<>(new Rendered(-1, null, null));

	StatusFeeds(StatusPageLinks links) {
		this.links = links;
	}

	private record Rendered(long version, String atom, String ics) {
	}

	String atom(StatusSnapshot snapshot) {
		return render(snapshot).atom();
	}

	String ics(StatusSnapshot snapshot) {
		return render(snapshot).ics();
	}

	private Rendered render(StatusSnapshot snapshot) {
		Rendered cached = this.rendered.get();
		if (cached.version() == snapshot.version()) {
			return cached;
		}
		Rendered fresh = new Rendered(snapshot.version(), renderAtom(snapshot), renderIcs(snapshot));
		this.rendered.set(fresh);
		return fresh;
	}

	private String renderAtom(StatusSnapshot snapshot) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(FEED_TITLE);
		feed.setDescription("Pågående, planerade och nyligen avslutade driftstörningar i 1177 e-tjänster");
		feed.setLanguage("sv");
		feed.setUri(this.links.statusPage());
		feed.setLink(this.links.statusPage());
		feed.setLinks(List.of(link(this.links.statusPage(), "alternate", "text/html"),
				link(this.links.statusPage() + "/feed.atom", "self", "application/atom+xml")));
		feed.setPublishedDate(date((snapshot.builtAt() != null) ? snapshot.builtAt() : Instant.EPOCH));
		List<SyndEntry> entries = new ArrayList<>();
		snapshot.all().forEach((outage) -> entries.add(entry(outage)));
		feed.setEntries(entries);
		try {
			return new SyndFeedOutput().outputString(feed, true);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Cannot write the Atom feed", ex);
		}
	}

	private SyndEntry entry(OutageView outage) {
		SyndEntry entry = new SyndEntryImpl();
		String url = this.links.outage(outage.reference());
		entry.setUri(url);
		entry.setLink(url);
		entry.setTitle("[" + capitalized(outage.stateLabel()) + "] " + outage.services() + ": " + outage.title());
		entry.setUpdatedDate(date(outage.updatedAt()));
		entry.setPublishedDate(date(outage.updatedAt()));
		entry.setAuthor("Förvaltningen för 1177 e-tjänster");
		SyndContent content = new SyndContentImpl();
		content.setType("text");
		StatusSnapshot.TimelineItem latest = outage.latest();
		content.setValue((latest != null) ? latest.text() : outage.text());
		entry.setContents(List.of(content));
		return entry;
	}

	private String renderIcs(StatusSnapshot snapshot) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//Region JH//Reservrutin 1177//SV");
		calendar.setMethod("PUBLISH");
		calendar.setName(FEED_TITLE + ": planerade driftstopp");
		snapshot.all()
			.filter((o) -> o.state() == OutageState.PLANNED || (o.state() == OutageState.CANCELLED
					&& o.startsAt() != null))
			.forEach((outage) -> calendar.addEvent(event(outage)));
		return folded(Biweekly.write(calendar).foldLines(false).go());
	}

	/**
	 * Folds each content line at 75 octets of UTF-8 (RFC 5545 3.1), never
	 * inside a character; a continuation line starts with one space.
	 */
	static String folded(String unfolded) {
		StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 64 * 3);
		for (String line : unfolded.split("\r\n", -1)) {
			if (!out.isEmpty()) {
				out.append("\r\n");
			}
			int octets = 0;
			for (int i = 0; i < line.length();) {
				int codePoint = line.codePointAt(i);
				int width = utf8Octets(codePoint);
				if (octets + width > 75) {
					out.append("\r\n ");
					octets = 1;
				}
				out.appendCodePoint(codePoint);
				octets += width;
				i += Character.charCount(codePoint);
			}
		}
		return out.toString();
	}

	private static int utf8Octets(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return (codePoint < 0x10000) ? 3 : 4;
	}

	private VEvent event(OutageView outage) {
		VEvent event = new VEvent();
		event.setUid(outage.reference() + "@reservrutin-1177");
		event.setSummary("Planerat driftstopp: " + outage.services() + " – " + outage.title());
		event.setDescription(outage.text());
		event.setUrl(this.links.outage(outage.reference()));
		if (outage.startsAt() != null) {
			event.setDateStart(date(outage.startsAt()));
		}
		if (outage.expectedEnd() != null) {
			event.setDateEnd(date(outage.expectedEnd()));
		}
		event.setDateTimeStamp(date(outage.updatedAt()));
		event.setLastModified(date(outage.updatedAt()));
		// Calendars that imported the window drop it when it is cancelled.
		event.setStatus((outage.state() == OutageState.CANCELLED) ? Status.cancelled() : Status.confirmed());
		return event;
	}

	private static SyndLink link(String href, String rel, String type) {
		SyndLink link = new SyndLinkImpl();
		link.setHref(href);
		link.setRel(rel);
		link.setType(type);
		return link;
	}

	private static String capitalized(String label) {
		return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}

	private static Date date(Instant instant) {
		return Date.from(instant);
	}

}
