package se.regionjh.reservrutin.outage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Year;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionjh.reservrutin.calendar.WorkingDays;
import se.regionjh.reservrutin.outage.JournalEntry.Visibility;
import se.regionjh.reservrutin.outage.JournalEvents.JournalChanged;
import se.regionjh.reservrutin.outage.JournalEvents.PublicationRecorded;
import se.regionjh.reservrutin.outage.Publication.Audience;
import se.regionjh.reservrutin.outage.Publication.Kind;

import static se.regionjh.reservrutin.system.Times.now;
import static se.regionjh.reservrutin.system.Times.utc;
import static se.regionjh.reservrutin.system.Times.instant;

/**
 * The outage journal: the one place that writes outages, their timeline and
 * their publications. Runs inside the caller's transaction (the engine's, for
 * delegates), so a journal entry and its publication commit with the process
 * step that made them, or not at all. Time comes from Camunda's clock so
 * process tests can move it.
 */
@Service
@Transactional
public class OutageJournal implements JournalReader {

	private static final String OUTAGE_COLUMNS = "id, reference, inera_reference, title, services, units, planned, "
			+ "login_affected, state, starts_at, expected_end, next_update_at, resolved_at, closed_at, public_text, "
			+ "summary, process_instance_id, created_at, updated_at";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	OutageJournal(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * The journal's reads through {@code jdbc}, outside Spring's proxy: they
	 * join whatever transaction the caller holds on that client's data source.
	 */
	public static JournalReader readerOn(JdbcClient jdbc) {
		return new OutageJournal(jdbc, (event) -> {
			throw new IllegalStateException("A journal reader does not write");
		});
	}

	// --- Writes ------------------------------------------------------------------

	/**
	 * Opens a new outage in state NEW, with the entry that says how it came to
	 * be known.
	 */
	public Outage open(NewOutage draft, EntryType origin, String actor, String text) {
		Instant now = now();
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into outage (inera_reference, title, services, units, planned, login_affected, state, "
					+ "starts_at, expected_end, public_text, process_instance_id, created_at, updated_at) "
					+ "values (:ineraReference, :title, :services, :units, :planned, :loginAffected, :state, "
					+ ":startsAt, :expectedEnd, :publicText, :processInstanceId, :now, :now)")
			.param("ineraReference", blankToNull(draft.ineraReference()))
			.param("title", draft.title())
			.param("services", join(draft.services()))
			.param("units", join(draft.units()))
			.param("planned", draft.planned())
			.param("loginAffected", draft.loginAffected())
			.param("state", OutageState.NEW.name())
			.param("startsAt", utc(draft.startsAt()))
			.param("expectedEnd", utc(draft.expectedEnd()))
			.param("publicText", draft.text())
			.param("processInstanceId", draft.processInstanceId())
			.param("now", utc(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		String reference = "DS-%d-%04d".formatted(Year.from(now.atZone(WorkingDays.SWEDEN)).getValue(), id);
		this.jdbc.sql("update outage set reference = :reference where id = :id")
			.param("reference", reference)
			.param("id", id)
			.update();
		addEntry(id, origin, Visibility.INTERNAL, actor, null, text, null);
		return require(id);
	}

	/** Management's assessment: the facts that will be published. */
	public Outage assess(long outageId, Assessment assessment, String actor) {
		Instant now = now();
		boolean upcoming = assessment.planned() && assessment.startsAt() != null && assessment.startsAt().isAfter(now);
		OutageState state = upcoming ? OutageState.PLANNED : OutageState.ONGOING;
		this.jdbc
			.sql("update outage set title = :title, services = :services, units = :units, planned = :planned, "
					+ "login_affected = :loginAffected, state = :state, starts_at = :startsAt, "
					+ "expected_end = :expectedEnd, next_update_at = :nextUpdateAt, public_text = :text, "
					+ "inera_reference = coalesce(:ineraReference, inera_reference), updated_at = :now where id = :id")
			.param("title", assessment.title())
			.param("services", join(assessment.services()))
			.param("units", join(assessment.units()))
			.param("planned", assessment.planned())
			.param("loginAffected", assessment.loginAffected())
			.param("state", state.name())
			.param("startsAt", utc(assessment.startsAt()))
			.param("expectedEnd", utc(assessment.expectedEnd()))
			.param("nextUpdateAt", utc(assessment.nextUpdateAt()))
			.param("text", assessment.text())
			.param("ineraReference", blankToNull(assessment.ineraReference()))
			.param("now", utc(now))
			.param("id", outageId)
			.update();
		Outage outage = require(outageId);
		long entry = addEntry(outageId, EntryType.ASSESSMENT, Visibility.PUBLIC, actor, null, assessment.text(), null);
		publish(outage, entry, Kind.ANNOUNCEMENT, Audience.PUBLIC, outage.units(), actor,
				OutageWording.subject(outage, outage.planned() ? "Planerat driftstopp" : "Driftstörning"), assessment.text());
		return outage;
	}

	/** A status-and-forecast update during the outage (R3, R15). */
	public Outage statusUpdate(long outageId, String text, Instant expectedEnd, Instant nextUpdateAt, String actor) {
		this.jdbc
			.sql("update outage set expected_end = :expectedEnd, next_update_at = :nextUpdateAt, public_text = :text, "
					+ "updated_at = :now where id = :id")
			.param("expectedEnd", utc(expectedEnd))
			.param("nextUpdateAt", utc(nextUpdateAt))
			.param("text", text)
			.param("now", utc(now()))
			.param("id", outageId)
			.update();
		Outage outage = require(outageId);
		long entry = addEntry(outageId, EntryType.STATUS_UPDATE, Visibility.PUBLIC, actor, null, text, null);
		publish(outage, entry, Kind.STATUS_UPDATE, Audience.PUBLIC, outage.units(), actor,
				OutageWording.subject(outage, "Lägesuppdatering"), text);
		return outage;
	}

	/** Management learnt during the outage whether patients can log in (R19). */
	public Outage changeLoginAffected(long outageId, boolean loginAffected, String actor) {
		this.jdbc.sql("update outage set login_affected = :loginAffected, updated_at = :now where id = :id")
			.param("loginAffected", loginAffected)
			.param("now", utc(now()))
			.param("id", outageId)
			.update();
		addEntry(outageId, EntryType.LOGIN_CHANGED, Visibility.INTERNAL, actor, null,
				loginAffected ? "Invånarnas inloggning påverkas." : "Invånarnas inloggning påverkas inte längre.", null);
		return require(outageId);
	}

	/**
	 * Inera cancelled before management assessed the outage: nothing was
	 * published, so nothing public is said; management's mailbox is told.
	 */
	public Outage cancelBeforeAssessment(long outageId, String reason, String actor) {
		Outage outage = changeState(outageId, OutageState.CANCELLED, "closed_at");
		String body = "Inera ställde in " + outage.reference() + " (" + outage.title()
				+ ") innan det bedömdes. Inget har publicerats och uppgiften \"Bedöm driftstörning\" är borttagen."
				+ ((reason == null || reason.isBlank()) ? "" : "\n\nIneras besked: " + reason);
		long entry = addEntry(outageId, EntryType.CANCELLED, Visibility.INTERNAL, actor, null, body, null);
		publish(outage, entry, Kind.CANCELLED, Audience.MANAGEMENT, List.of(), actor,
				OutageWording.subject(outage, "Inställt före bedömning"), body);
		return outage;
	}

	/**
	 * Inera moved a planned window before management assessed it: the outage
	 * holds the new times (the assessment form shows them), nothing is published.
	 */
	public Outage reviseBeforeAssessment(long outageId, Instant startsAt, Instant expectedEnd, String text,
			String actor) {
		Outage before = require(outageId);
		this.jdbc.sql("update outage set starts_at = :startsAt, expected_end = :expectedEnd, updated_at = :now "
				+ "where id = :id")
			.param("startsAt", utc((startsAt != null) ? startsAt : before.startsAt()))
			.param("expectedEnd", utc((expectedEnd != null) ? expectedEnd : before.expectedEnd()))
			.param("now", utc(now()))
			.param("id", outageId)
			.update();
		Outage outage = require(outageId);
		String body = "Ny tid från Inera före bedömningen: " + OutageWording.time(outage.startsAt()) + " till "
				+ OutageWording.time(outage.expectedEnd()) + "."
				+ ((text == null || text.isBlank()) ? "" : "\n\n" + text);
		addEntry(outageId, EntryType.INERA_UPDATE, Visibility.INTERNAL, actor, null, body, null);
		return outage;
	}

	/** New planned times for a planned outage, from Inera or management. */
	public Outage reschedule(long outageId, Instant startsAt, Instant expectedEnd, String text, String actor) {
		this.jdbc
			.sql("update outage set starts_at = :startsAt, expected_end = :expectedEnd, state = :state, "
					+ "updated_at = :now where id = :id")
			.param("startsAt", utc(startsAt))
			.param("expectedEnd", utc(expectedEnd))
			.param("state", OutageState.PLANNED.name())
			.param("now", utc(now()))
			.param("id", outageId)
			.update();
		Outage outage = require(outageId);
		String body = OutageWording.rescheduled(outage, text);
		long entry = addEntry(outageId, EntryType.RESCHEDULED, Visibility.PUBLIC, actor, null, body, null);
		publish(outage, entry, Kind.RESCHEDULED, Audience.PUBLIC, outage.units(), actor,
				OutageWording.subject(outage, "Ny tid för planerat driftstopp"), body);
		return outage;
	}

	public Outage cancel(long outageId, String reason, String actor) {
		Outage outage = changeState(outageId, OutageState.CANCELLED, "closed_at");
		String body = OutageWording.cancelled(outage, reason);
		long entry = addEntry(outageId, EntryType.CANCELLED, Visibility.PUBLIC, actor, null, body, null);
		publish(outage, entry, Kind.CANCELLED, Audience.PUBLIC, outage.units(), actor,
				OutageWording.subject(outage, "Inställt driftstopp"), body);
		return outage;
	}

	/**
	 * A planned outage has begun. The "next update" set at assessment, often days
	 * before, is past by now: the first update is then due {@code firstUpdateAfter}
	 * from the start, so no reminder fires at once and no page promises a past time.
	 */
	public Outage markStarted(long outageId, java.time.Duration firstUpdateAfter) {
		Instant now = now();
		this.jdbc.sql("update outage set next_update_at = :next where id = :id "
				+ "and (next_update_at is null or next_update_at <= :now)")
			.param("next", utc(now.plus(firstUpdateAfter)))
			.param("now", utc(now))
			.param("id", outageId)
			.update();
		Outage outage = changeState(outageId, OutageState.ONGOING, null);
		String body = OutageWording.started(outage);
		long entry = addEntry(outageId, EntryType.STARTED, Visibility.PUBLIC, null, null, body, null);
		publish(outage, entry, Kind.STARTED, Audience.PUBLIC, outage.units(), null,
				OutageWording.subject(outage, "Planerat driftstopp har börjat"), body);
		return outage;
	}

	/**
	 * The service is back ("åter i drift") since {@code restoredAt}, the time
	 * management states; {@code null} means now.
	 */
	public Outage resolve(long outageId, String text, String actor, Instant restoredAt) {
		this.jdbc.sql("update outage set resolved_at = :at where id = :id")
			.param("at", utc((restoredAt != null) ? restoredAt : now()))
			.param("id", outageId)
			.update();
		Outage outage = changeState(outageId, OutageState.RESOLVED, null);
		String body = OutageWording.restored(outage, text);
		long entry = addEntry(outageId, EntryType.RESTORED, Visibility.PUBLIC, actor, null, body, null);
		publish(outage, entry, Kind.RESTORED, Audience.PUBLIC, outage.units(), actor,
				OutageWording.subject(outage, "Åter i drift"), body);
		return outage;
	}

	/** Management's closing review. */
	public Outage close(long outageId, String summary, String actor) {
		this.jdbc.sql("update outage set summary = :summary where id = :id")
			.param("summary", summary)
			.param("id", outageId)
			.update();
		Outage outage = changeState(outageId, OutageState.CLOSED, "closed_at");
		addEntry(outageId, EntryType.CLOSED, Visibility.INTERNAL, actor, null, summary, null);
		return outage;
	}

	/** Remembers the process instance that runs the outage. */
	public void linkProcessInstance(long outageId, String processInstanceId) {
		this.jdbc.sql("update outage set process_instance_id = :pid where id = :id")
			.param("pid", processInstanceId)
			.param("id", outageId)
			.update();
	}

	/** Adds a timeline entry without a publication. */
	public long note(long outageId, EntryType type, Visibility visibility, String actor, String unitId, String text,
			String details) {
		require(outageId);
		return addEntry(outageId, type, visibility, actor, unitId, text, details);
	}

	/**
	 * Adds a timeline entry and a publication for a non-public audience
	 * (reminders, escalations, requests to Inera).
	 */
	public Publication notify(long outageId, EntryType type, Kind kind, Audience audience, List<String> units,
			String subject, String body, String actor) {
		Outage outage = require(outageId);
		long entry = addEntry(outageId, type, Visibility.INTERNAL, actor, units.size() == 1 ? units.get(0) : null,
				body, null);
		return publish(outage, entry, kind, audience, units, actor, subject, body);
	}

	// --- Reads -------------------------------------------------------------------

	@Transactional(readOnly = true)
	public Optional<Outage> find(long id) {
		return this.jdbc.sql("select " + OUTAGE_COLUMNS + " from outage where id = :id")
			.param("id", id)
			.query(OutageJournal::outage)
			.optional();
	}

	@Transactional(readOnly = true)
	public Outage require(long id) {
		return find(id).orElseThrow(() -> new OutageNotFoundException(id));
	}

	@Transactional(readOnly = true)
	public Optional<Outage> findByIneraReference(String ineraReference) {
		return this.jdbc.sql("select " + OUTAGE_COLUMNS + " from outage where inera_reference = :ref")
			.param("ref", ineraReference)
			.query(OutageJournal::outage)
			.optional();
	}

	/** Outages, newest first; {@code states} empty means all. */
	@Override
	@Transactional(readOnly = true)
	public List<Outage> list(List<OutageState> states, int limit) {
		if (states.isEmpty()) {
			return this.jdbc.sql("select " + OUTAGE_COLUMNS + " from outage order by created_at desc, id desc limit :limit")
				.param("limit", limit)
				.query(OutageJournal::outage)
				.list();
		}
		return this.jdbc
			.sql("select " + OUTAGE_COLUMNS
					+ " from outage where state in (:states) order by created_at desc, id desc limit :limit")
			.param("states", states.stream().map(Enum::name).toList())
			.param("limit", limit)
			.query(OutageJournal::outage)
			.list();
	}

	@Transactional(readOnly = true)
	public List<JournalEntry> timeline(long outageId) {
		return this.jdbc
			.sql("select id, outage_id, occurred_at, type, visibility, actor, unit_id, text, details "
					+ "from outage_entry where outage_id = :id order by occurred_at, id")
			.param("id", outageId)
			.query(OutageJournal::entry)
			.list();
	}

	private static JournalEntry entry(ResultSet rs, int row) throws SQLException {
		return new JournalEntry(rs.getLong("id"), rs.getLong("outage_id"), instant(rs, "occurred_at"),
				EntryType.valueOf(rs.getString("type")), Visibility.valueOf(rs.getString("visibility")),
				rs.getString("actor"), rs.getString("unit_id"), rs.getString("text"), rs.getString("details"));
	}

	/**
	 * The public timeline entries of many outages in one query, by outage id
	 * (an outage with none is absent), each in the order they happened.
	 */
	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<JournalEntry>> publicTimelines(Collection<Long> outageIds) {
		if (outageIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc
			.sql("select id, outage_id, occurred_at, type, visibility, actor, unit_id, text, details "
					+ "from outage_entry where outage_id in (:ids) and visibility = :visibility "
					+ "order by outage_id, occurred_at, id")
			.param("ids", outageIds)
			.param("visibility", Visibility.PUBLIC.name())
			.query(OutageJournal::entry)
			.list()
			.stream()
			.collect(Collectors.groupingBy(JournalEntry::outageId, LinkedHashMap::new, Collectors.toList()));
	}

	@Transactional(readOnly = true)
	public List<Publication> publications(long outageId) {
		return this.jdbc
			.sql("select id, outage_id, entry_id, kind, audience, outage_state, services, units, subject, body, "
					+ "created_at, created_by from publication where outage_id = :id order by id")
			.param("id", outageId)
			.query(OutageJournal::publication)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Publication> publication(long publicationId) {
		return this.jdbc
			.sql("select id, outage_id, entry_id, kind, audience, outage_state, services, units, subject, body, "
					+ "created_at, created_by from publication where id = :id")
			.param("id", publicationId)
			.query(OutageJournal::publication)
			.optional();
	}

	// --- Internals ---------------------------------------------------------------

	private Outage changeState(long outageId, OutageState state, String timeColumn) {
		String extra = (timeColumn != null) ? ", " + timeColumn + " = :now" : "";
		this.jdbc.sql("update outage set state = :state, updated_at = :now" + extra + " where id = :id")
			.param("state", state.name())
			.param("now", utc(now()))
			.param("id", outageId)
			.update();
		return require(outageId);
	}

	private long addEntry(long outageId, EntryType type, Visibility visibility, String actor, String unitId,
			String text, String details) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into outage_entry (outage_id, occurred_at, type, visibility, actor, unit_id, text, details) "
					+ "values (:outageId, :at, :type, :visibility, :actor, :unitId, :text, :details)")
			.param("outageId", outageId)
			.param("at", utc(now()))
			.param("type", type.name())
			.param("visibility", visibility.name())
			.param("actor", actor)
			.param("unitId", unitId)
			.param("text", text)
			.param("details", details)
			.update(keys, "id");
		this.events.publishEvent(new JournalChanged(outageId));
		return keys.getKey().longValue();
	}

	private Publication publish(Outage outage, long entryId, Kind kind, Audience audience, List<String> units,
			String actor, String subject, String body) {
		KeyHolder keys = new GeneratedKeyHolder();
		Instant now = now();
		this.jdbc
			.sql("insert into publication (outage_id, entry_id, kind, audience, outage_state, services, units, "
					+ "subject, body, created_at, created_by) values (:outageId, :entryId, :kind, :audience, "
					+ ":state, :services, :units, :subject, :body, :now, :actor)")
			.param("outageId", outage.id())
			.param("entryId", entryId)
			.param("kind", kind.name())
			.param("audience", audience.name())
			.param("state", outage.state().name())
			.param("services", join(outage.services()))
			.param("units", join(units))
			.param("subject", subject)
			.param("body", body)
			.param("now", utc(now))
			.param("actor", actor)
			.update(keys, "id");
		Publication publication = new Publication(keys.getKey().longValue(), outage.id(), entryId, kind, audience,
				outage.state(), outage.services(), units, subject, body, now, actor);
		this.events.publishEvent(new PublicationRecorded(publication));
		return publication;
	}

	private static String join(List<String> values) {
		return String.join(",", values);
	}

	private static List<String> split(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static Outage outage(ResultSet rs, int row) throws SQLException {
		return new Outage(rs.getLong("id"), rs.getString("reference"), rs.getString("inera_reference"),
				rs.getString("title"), split(rs.getString("services")), split(rs.getString("units")),
				rs.getBoolean("planned"), rs.getBoolean("login_affected"), OutageState.valueOf(rs.getString("state")),
				instant(rs, "starts_at"), instant(rs, "expected_end"), instant(rs, "next_update_at"),
				instant(rs, "resolved_at"), instant(rs, "closed_at"), rs.getString("public_text"),
				rs.getString("summary"), rs.getString("process_instance_id"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	private static Publication publication(ResultSet rs, int row) throws SQLException {
		long entryId = rs.getLong("entry_id");
		return new Publication(rs.getLong("id"), rs.getLong("outage_id"), rs.wasNull() ? null : entryId,
				Kind.valueOf(rs.getString("kind")), Audience.valueOf(rs.getString("audience")),
				OutageState.valueOf(rs.getString("outage_state")), split(rs.getString("services")),
				split(rs.getString("units")), rs.getString("subject"), rs.getString("body"), instant(rs, "created_at"),
				rs.getString("created_by"));
	}

}
