package se.regionjh.reservrutin.intake;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.regionjh.reservrutin.calendar.WorkingDays;
import se.regionjh.reservrutin.units.EService;

/**
 * Reads what it can from a notice Inera sent by e-mail: which kind of notice it
 * is, Inera's reference, the services and the times, written the way Swedish
 * notices write them ("2026-12-03 kl. 18:00", "3 december 2026 18.00",
 * "kl. 18.00–22.00"). What it cannot read stays empty; management confirms the
 * rest in the outage or fault-report task, where the original text is attached.
 */
final class IneraMailParser {

	enum Kind {

		PLANNED, UPDATED, CANCELLED, RESOLVED,
		/** An unplanned disruption ("störning"): management assesses it as a fault report. */
		INCIDENT, UNKNOWN

	}

	/** What was read. Fields left null or empty could not be read. */
	record Parsed(Kind kind, String reference, List<String> services, Instant startsAt, Instant expectedEnd,
			String title) {

		Parsed {
			services = List.copyOf(services);
		}

		/** Swedish names of what a planned notice needs and this one lacks. */
		List<String> missingForPlanned() {
			List<String> missing = new ArrayList<>();
			if (this.reference == null) {
				missing.add("referens");
			}
			if (this.services.isEmpty()) {
				missing.add("tjänst");
			}
			if (this.startsAt == null) {
				missing.add("starttid");
			}
			if (this.expectedEnd == null) {
				missing.add("sluttid");
			}
			else if (this.startsAt != null && !this.expectedEnd.isAfter(this.startsAt)) {
				missing.add("sluttid efter starttiden");
			}
			return missing;
		}

	}

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

	/** Checked in this order: "Planerat driftstopp inställt" is a cancellation. */
	private static final Map<Kind, Pattern> KINDS = Map.of(
			Kind.CANCELLED, Pattern.compile("inställ|ställs in|ställts in|avbokat|cancel", FLAGS),
			Kind.RESOLVED, Pattern.compile("åtgärdad|åtgärdat|är löst|har lösts|\\blöst\\b|åter i drift|"
					+ "fungerar (nu )?(igen|som vanligt)|normal drift|avhjälpt|resolved", FLAGS),
			Kind.UPDATED, Pattern.compile("uppdater|ändrad|ändring|ny tid|nya tider|flyttas|flyttat|förläng|"
					+ "senarelagt|tidigarelagt|update", FLAGS),
			Kind.PLANNED, Pattern.compile("planera|servicefönster|underhåll|driftstopp|uppgradering", FLAGS),
			Kind.INCIDENT, Pattern.compile("störning|incident|avbrott|fungerar inte|problem med|nedsatt", FLAGS));

	/**
	 * A negation shortly before a resolution phrase in the same sentence: "ännu inte
	 * löst", "ej avhjälpt", "delvis löst", "inte åter i drift". It errs on the safe
	 * side: a mail is read as resolved only when nothing in it denies it.
	 */
	private static final Pattern NEGATION_BEFORE = Pattern
		.compile("\\b(?:inte|ej|icke|aldrig|delvis|inte helt)\\b[^.!?\\n]{0,25}$", FLAGS);

	private static final List<Kind> KIND_ORDER = List.of(Kind.CANCELLED, Kind.RESOLVED, Kind.UPDATED, Kind.PLANNED,
			Kind.INCIDENT);

	private static final Pattern LABELLED_REFERENCE = Pattern.compile(
			"(?:referens(?:nummer)?|ref\\.?|reference|ärende(?:nummer|nr|-nr)?|ärende-id)\\s*(?:nr\\.?)?\\s*[:#]\\s*"
					+ "([A-Za-z0-9][A-Za-z0-9._:-]{2,99})",
			FLAGS);

	private static final Pattern BARE_REFERENCE = Pattern.compile("\\b((?:INC|CHG|PRB|RFC|SF|SR|RITM)-?\\d{4,})\\b");

	private static final Map<String, Pattern> SERVICES = Map.of(
			EService.PERSONALVERKTYGET.id(), Pattern.compile("personalverktyg", FLAGS),
			EService.STOD_OCH_BEHANDLING.id(),
			Pattern.compile("stöd[- ]och[- ]behandling|stod-och-behandling|\\bSoB\\b", FLAGS),
			EService.FORMULAR.id(), Pattern.compile("1177 formulär|\\bformulär\\b|\\bformular\\b", FLAGS),
			EService.EGEN_PROVHANTERING.id(), Pattern.compile("provhantering", FLAGS),
			EService.JOURNALEN.id(), Pattern.compile("journalen|journal via nätet", FLAGS));

	private static final String MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
			+ "november|december";

	private static final String TIME = "(?:(?:kl\\.?|klockan)\\s*(\\d{1,2})(?:[:.](\\d{2}))?|(\\d{1,2})[:.](\\d{2}))";

	/** An end time on the same day: "18:00–22:00", "18.00 till kl. 22.00" (minutes needed: "till 4 december" is a date). */
	private static final String RANGE_END = "(?:\\s*(?:-|–|—|till)\\s*(?:kl\\.?\\s*)?(\\d{1,2})[:.](\\d{2})(?![\\d-]))?";

	/** 2026-12-03 kl. 18:00, 2026-12-03T18:00, 2026-12-03 18.00 */
	private static final Pattern ISO_DATE_TIME = Pattern
		.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T|\\s*,?\\s*)" + TIME + RANGE_END, FLAGS);

	/** 3 december 2026 18.00, den 3 december kl. 18, 3 dec 2026 kl 18:00 */
	private static final Pattern SWEDISH_DATE_TIME = Pattern.compile(
			"(\\d{1,2})\\s+(" + MONTHS + ")(?:\\s+(\\d{4}))?\\s*,?\\s*" + TIME + RANGE_END, FLAGS);

	private static final Pattern END_LABEL = Pattern
		.compile("(slut|klar|åter|till|prognos|beräkna|avslut|senast|end)[^\\n]{0,30}$", FLAGS);

	private static final Pattern START_LABEL = Pattern.compile("(start|börja|från|fr\\.o\\.m|påbörja)[^\\n]{0,30}$",
			FLAGS);

	private static final Pattern SUBJECT_PREFIX = Pattern.compile("^(?:(?:re|sv|fw|fwd|vb|vs)\\s*:\\s*)+", FLAGS);

	private static final ZoneId ZONE = WorkingDays.SWEDEN;

	private IneraMailParser() {
	}

	/**
	 * @param subject the mail's subject
	 * @param text the mail's text
	 * @param sentAt when it was sent, for dates written without a year
	 */
	static Parsed parse(String subject, String text, Instant sentAt) {
		String safeSubject = (subject != null) ? subject : "";
		String safeText = (text != null) ? text : "";
		String all = safeSubject + "\n" + safeText;
		Kind kind = kind(safeSubject, all);
		if (kind == Kind.UNKNOWN) {
			kind = kind(safeText, all);
		}
		Times times = times(all, (sentAt != null) ? sentAt : Instant.now(), kind == Kind.UPDATED);
		return new Parsed(kind, reference(all), services(all), times.start, times.end, title(safeSubject));
	}

	static List<String> services(String text) {
		Set<String> found = new LinkedHashSet<>();
		for (EService service : EService.values()) {
			if (SERVICES.get(service.id()).matcher(text).find()) {
				found.add(service.id());
			}
		}
		return List.copyOf(found);
	}

	static String title(String subject) {
		String title = SUBJECT_PREFIX.matcher(subject.strip()).replaceFirst("").strip();
		if (title.isEmpty()) {
			return "Meddelande från Inera";
		}
		return (title.length() > 200) ? title.substring(0, 200) : title;
	}

	/**
	 * The first kind whose words are in {@code text}; a resolution only when the
	 * whole mail ({@code all}) affirms it and nowhere denies it, since a false
	 * "resolved" would tell everyone the service works again.
	 */
	private static Kind kind(String text, String all) {
		for (Kind kind : KIND_ORDER) {
			if (KINDS.get(kind).matcher(text).find() && (kind != Kind.RESOLVED || affirmsResolution(all))) {
				return kind;
			}
		}
		return Kind.UNKNOWN;
	}

	private static boolean affirmsResolution(String all) {
		Matcher resolution = KINDS.get(Kind.RESOLVED).matcher(all);
		boolean affirmed = false;
		while (resolution.find()) {
			String before = all.substring(Math.max(0, resolution.start() - 40), resolution.start());
			if (NEGATION_BEFORE.matcher(before).find()) {
				return false;
			}
			affirmed = true;
		}
		return affirmed;
	}

	private static String reference(String text) {
		Matcher labelled = LABELLED_REFERENCE.matcher(text);
		if (labelled.find()) {
			return labelled.group(1).replaceAll("[.:_-]+$", "");
		}
		Matcher bare = BARE_REFERENCE.matcher(text);
		return bare.find() ? bare.group(1) : null;
	}

	private record Found(int position, Instant at, Instant rangeEnd, boolean startLabel, boolean endLabel) {
	}

	private record Times(Instant start, Instant end) {
	}

	private static Times times(String text, Instant sentAt, boolean update) {
		List<Found> found = new ArrayList<>();
		LocalDate sentDate = sentAt.atZone(ZONE).toLocalDate();
		Matcher iso = ISO_DATE_TIME.matcher(text);
		while (iso.find()) {
			date(text, iso, found, () -> LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
					Integer.parseInt(iso.group(3))), 4);
		}
		Matcher swedish = SWEDISH_DATE_TIME.matcher(text);
		while (swedish.find()) {
			date(text, swedish, found, () -> {
				int day = Integer.parseInt(swedish.group(1));
				int month = month(swedish.group(2));
				if (swedish.group(3) != null) {
					return LocalDate.of(Integer.parseInt(swedish.group(3)), month, day);
				}
				// No year: the next such date from when the mail was sent (a notice looks ahead).
				LocalDate candidate = LocalDate.of(sentDate.getYear(), month, day);
				return candidate.isBefore(sentDate.minusMonths(1)) ? candidate.plusYears(1) : candidate;
			}, 4);
		}
		found.sort((a, b) -> Integer.compare(a.position, b.position));
		Instant start = null;
		Instant end = null;
		for (Found f : found) {
			if (f.endLabel && !f.startLabel) {
				if (end == null) {
					end = f.at;
				}
				continue;
			}
			if (start == null && (f.startLabel || !update || found.size() > 1)) {
				start = f.at;
				if (f.rangeEnd != null && end == null) {
					end = f.rangeEnd;
				}
			}
			else if (end == null) {
				end = f.at;
			}
		}
		return new Times(start, end);
	}

	private interface DateSupplier {

		LocalDate get();

	}

	/** Adds the date-time the matcher found at its time groups, with the same-day end of a range. */
	private static void date(String text, Matcher matcher, List<Found> found, DateSupplier date, int timeGroup) {
		try {
			LocalDate day = date.get();
			LocalTime time = (matcher.group(timeGroup) != null)
					? LocalTime.of(Integer.parseInt(matcher.group(timeGroup)), minutes(matcher.group(timeGroup + 1)))
					: LocalTime.of(Integer.parseInt(matcher.group(timeGroup + 2)),
							Integer.parseInt(matcher.group(timeGroup + 3)));
			LocalDateTime at = LocalDateTime.of(day, time);
			Instant rangeEnd = null;
			if (matcher.group(timeGroup + 4) != null) {
				LocalDateTime end = LocalDateTime.of(day, LocalTime.of(Integer.parseInt(matcher.group(timeGroup + 4)),
						minutes(matcher.group(timeGroup + 5))));
				rangeEnd = (end.isAfter(at) ? end : end.plusDays(1)).atZone(ZONE).toInstant();
			}
			String before = text.substring(Math.max(0, matcher.start() - 40), matcher.start());
			found.add(new Found(matcher.start(), at.atZone(ZONE).toInstant(), rangeEnd,
					START_LABEL.matcher(before).find(), END_LABEL.matcher(before).find()));
		}
		catch (DateTimeException | NumberFormatException ex) {
			// Not a real date ("2026-13-45"): leave it for management to read.
		}
	}

	private static int minutes(String group) {
		return (group != null) ? Integer.parseInt(group) : 0;
	}

	private static int month(String name) {
		return List.of(MONTHS.split("\\|")).indexOf(name.toLowerCase(Locale.ROOT)) + 1;
	}

}
