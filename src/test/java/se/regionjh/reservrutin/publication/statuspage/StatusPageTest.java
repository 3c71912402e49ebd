package se.regionjh.reservrutin.publication.statuspage;

import java.io.StringReader;
import java.time.temporal.ChronoUnit;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.publication.Outages;
import se.regionjh.reservrutin.support.IntegrationTest;
import se.regionjh.reservrutin.units.UnitRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The status page, its feeds and JSON, rendered by the application from the
 * real journal (no SMTP or Teams configured here).
 */
@IntegrationTest
class StatusPageTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	OutageJournal journal;

	@Autowired
	UnitRegistry units;

	MockMvc mvc;

	Outages outages;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).build();
		this.outages = new Outages(this.journal, this.units);
	}

	@Autowired
	StatusPageDatabase statusPageDatabase;

	@Test
	void rebuildsRunOnTheirOwnThreadAndTheirQueriesCarryTheTimeout() {
		this.outages.ongoing("Formulär långsamt", "Text", "formular");
		assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
			.contains(StatusSnapshots.REBUILD_THREAD);

		// The page's own JdbcClient joins the rebuild's transaction on the page's own pool, so its statements get
		// its timeout: a lock or a hung server fails the rebuild instead of holding it.
		Integer timeout = StatusSnapshots
			.rebuildTransaction(this.statusPageDatabase.transactions(), java.time.Duration.ofSeconds(7))
			.execute((status) -> this.statusPageDatabase.jdbc()
				.sql("select 1")
				.query((rs) -> {
					try {
						return rs.getStatement().getQueryTimeout();
					}
					catch (java.sql.SQLException ex) {
						throw new IllegalStateException(ex);
					}
				}));
		assertThat(timeout).isBetween(1, 7);
	}

	@Test
	void showsOngoingPlannedAndRecentlyResolvedOutagesWithTheirForecast() throws Exception {
		Outage ongoing = this.outages.ongoing("Formulär svarar inte", "Formulären går inte att skicka in.", "formular");
		Outage planned = this.outages.planned("Uppgradering av Journalen", "Inera uppgraderar.", "journalen");
		Outage resolved = this.outages.resolved("Egen provhantering stod still", "Beställningar fastnade.",
				"egen-provhantering");

		String html = page("/driftinformation");

		assertThat(section(html, "pagaende-rubrik")).contains(ongoing.title(), "Formulären går inte att skicka in.",
				"Prognos", "Nästa uppdatering", "/driftinformation/" + ongoing.reference());
		assertThat(section(html, "planerade-rubrik")).contains(planned.title(), "Planerad start")
			.doesNotContain(ongoing.title());
		assertThat(section(html, "avslutade-rubrik")).contains(resolved.title(), "Åter i drift",
				"Felet är åtgärdat.");
		assertThat(html).contains("<html lang=\"sv\"", "Hoppa till innehållet", "<main id=\"innehall\"",
				"Senast uppdaterad");
		assertThat(html).containsPattern("1177 Formulär</span>:\\s*<strong>Driftstörning pågår</strong>");
	}

	@Test
	void anOutagePageShowsThePublicTimelineOnly() throws Exception {
		Outage outage = this.outages.ongoing("Personalverktyget segt", "Första bedömningen.", "personalverktyget");
		this.journal.statusUpdate(outage.id(), "Inera felsöker fortfarande.", null, null, "forvaltare");

		String html = page("/driftinformation/" + outage.reference());

		assertThat(html).contains("Förlopp", "Första bedömningen.", "Inera felsöker fortfarande.", "Lägesuppdatering");
		assertThat(html).doesNotContain("Intern anteckning");
		assertThat(html.indexOf("Inera felsöker fortfarande.")).isLessThan(html.indexOf("Första bedömningen."));
		this.mvc.perform(get("/driftinformation/DS-1999-9999"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Driftstörningen finns inte här")));
	}

	@Test
	void markupInOutageTextIsEscapedOnThePagesAndInTheFeed() throws Exception {
		Outage outage = this.outages.ongoing("Titel " + Outages.HOSTILE, Outages.HOSTILE, "journalen");

		for (String html : List.of(page("/driftinformation"), page("/driftinformation/" + outage.reference()))) {
			assertThat(html).doesNotContain("<script", "<img", "href=\"javascript:", "onerror=alert(1)>");
			assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "]]&gt;");
		}

		String atom = body("/driftinformation/feed.atom");
		assertThat(atom).doesNotContain("<script", "<img");
		SyndEntry entry = entry(feed(atom), outage);
		assertThat(entry.getContents().get(0).getValue()).isEqualTo(Outages.HOSTILE);
		assertThat(entry.getTitle()).contains("Titel " + Outages.HOSTILE);
	}

	@Test
	void theAtomFeedParsesBackWithEveryShownOutage() throws Exception {
		Outage ongoing = this.outages.ongoing("Stöd och behandling nere", "Inga moduler laddas.", "stod-och-behandling");
		MvcResult result = this.mvc.perform(get("/driftinformation/feed.atom"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
			.andReturn();

		SyndFeed feed = feed(result.getResponse().getContentAsString());

		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getTitle()).isEqualTo("Driftinformation för 1177 e-tjänster");
		SyndEntry entry = entry(feed, ongoing);
		assertThat(entry.getTitle()).isEqualTo("[Pågår] 1177 Stöd och behandling: Stöd och behandling nere");
		assertThat(entry.getContents().get(0).getValue()).isEqualTo("Inga moduler laddas.");
		assertThat(entry.getUpdatedDate()).isNotNull();
	}

	@Test
	void theCalendarHoldsPlannedOutagesAndParsesBack() throws Exception {
		Outage planned = this.outages.planned("Servicefönster Formulär", "Formulär stängs för underhåll.", "formular");
		Outage ongoing = this.outages.ongoing("Inte planerat", "Text", "formular");

		String ics = body("/driftinformation/planerade.ics");
		ICalendar calendar = Biweekly.parse(ics).first();

		VEvent event = calendar.getEvents()
			.stream()
			.filter((e) -> e.getUid().getValue().equals(planned.reference() + "@reservrutin-1177"))
			.findFirst()
			.orElseThrow();
		assertThat(event.getSummary().getValue()).isEqualTo("Planerat driftstopp: 1177 Formulär – Servicefönster Formulär");
		assertThat(event.getDescription().getValue()).isEqualTo("Formulär stängs för underhåll.");
		assertThat(event.getDateStart().getValue().toInstant())
			.isEqualTo(planned.startsAt().truncatedTo(ChronoUnit.SECONDS));
		assertThat(event.getDateEnd().getValue().toInstant())
			.isEqualTo(planned.expectedEnd().truncatedTo(ChronoUnit.SECONDS));
		assertThat(calendar.getEvents()).noneMatch((e) -> e.getUid().getValue().startsWith(ongoing.reference()));
	}

	@Test
	void theSameSnapshotIsServedAsJsonAndRevalidatedByETag() throws Exception {
		Outage ongoing = this.outages.ongoing("Journalen långsam", "Sidor laddar långsamt.", "journalen");
		this.mvc.perform(get("/api/status"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stale").value(false))
			.andExpect(jsonPath("$.services.length()").value(5))
			.andExpect(jsonPath("$.ongoing[?(@.reference == '" + ongoing.reference() + "')].stateLabel").value("pågår"))
			.andExpect(jsonPath("$.ongoing[?(@.reference == '" + ongoing.reference() + "')].latestUpdate")
				.value("Sidor laddar långsamt."));

		String etag = this.mvc.perform(get("/driftinformation")).andReturn().getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		this.mvc.perform(get("/driftinformation").header("If-None-Match", etag)).andExpect(status().isNotModified());
		this.outages.ongoing("Ännu en störning", "Text", "journalen");
		this.mvc.perform(get("/driftinformation").header("If-None-Match", etag)).andExpect(status().isOk());
	}

	@Test
	void controlCharactersAndLoneSurrogatesInTheJournalDoNotBreakTheFeedsForOthers() throws Exception {
		// U+0000 is left out: PostgreSQL refuses it in text columns, so no journal holds it.
		String bad = "Fel\u0001 med\u000B tecken och \uD800 ensam";
		Outage broken = this.outages.ongoing("Trasig\u0001 titel \uDC00", bad, "journalen");
		Outage plannedBroken = this.outages.planned("Planerad\u0001 \uD800", bad, "formular");
		Outage fine = this.outages.ongoing("Journalen fungerar delvis", "Vissa sidor saknas.", "journalen");
		// What the database kept (PostgreSQL's driver stores a lone surrogate as '?'), made harmless.
		String stored = this.journal.require(broken.id()).publicText();
		assertThat(stored).contains("\u0001", "\u000B");
		String shown = se.regionjh.reservrutin.system.InputRules.harmless(stored);
		assertThat(shown).isIn("Fel med tecken och \uFFFD ensam", "Fel med tecken och ? ensam");

		SyndFeed feed = feed(body("/driftinformation/feed.atom"));
		assertThat(entry(feed, fine).getContents().get(0).getValue()).isEqualTo("Vissa sidor saknas.");
		assertThat(entry(feed, broken).getContents().get(0).getValue()).isEqualTo(shown);

		ICalendar calendar = Biweekly.parse(body("/driftinformation/planerade.ics")).first();
		VEvent event = calendar.getEvents()
			.stream()
			.filter((e) -> e.getUid().getValue().startsWith(plannedBroken.reference()))
			.findFirst()
			.orElseThrow();
		assertThat(event.getDescription().getValue()).isEqualTo(shown);

		byte[] json = this.mvc.perform(get("/api/status"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		com.fasterxml.jackson.databind.JsonNode status = new com.fasterxml.jackson.databind.ObjectMapper()
			.readTree(json);
		assertThat(status.get("ongoing").findValuesAsText("reference")).contains(fine.reference(),
				broken.reference());
		assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\\u0001", "\\ud800",
				"\\udc00");
		this.mvc.perform(get("/driftinformation")).andExpect(status().isOk());
	}

	@Test
	void calendarLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingCharacters() throws Exception {
		String text = "Åäö åäö ÅÄÖ ".repeat(30) + "slut";
		Outage planned = this.outages.planned("Underhåll av Formulär på måndag och fredag " + "åäö".repeat(10), text,
				"formular");

		byte[] ics = this.mvc.perform(get("/driftinformation/planerade.ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String body = new String(ics, java.nio.charset.StandardCharsets.UTF_8);
		for (String line : body.split("\r\n", -1)) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line)
				.isLessThanOrEqualTo(75);
		}
		assertThat(body).doesNotContain("\uFFFD");
		String unfolded = body.replace("\r\n ", "").replace("\r\n\t", "");
		assertThat(unfolded).contains("DESCRIPTION:" + text.replace(",", "\\,"));
		VEvent event = Biweekly.parse(body)
			.first()
			.getEvents()
			.stream()
			.filter((e) -> e.getUid().getValue().startsWith(planned.reference()))
			.findFirst()
			.orElseThrow();
		assertThat(event.getDescription().getValue()).isEqualTo(text);
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The HTML from a section's heading to the next section. */
	static String section(String html, String headingId) {
		int start = html.indexOf("id=\"" + headingId + "\"");
		assertThat(start).as("section %s", headingId).isPositive();
		int end = html.indexOf("</section>", start);
		return html.substring(start, end);
	}

	static SyndFeed feed(String atom) throws Exception {
		return new SyndFeedInput().build(new StringReader(atom));
	}

	static SyndEntry entry(SyndFeed feed, Outage outage) {
		return feed.getEntries()
			.stream()
			.filter((e) -> e.getLink().endsWith("/" + outage.reference()))
			.findFirst()
			.orElseThrow();
	}

}
