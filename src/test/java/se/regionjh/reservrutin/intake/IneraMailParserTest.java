package se.regionjh.reservrutin.intake;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import se.regionjh.reservrutin.intake.IneraMailParser.Kind;
import se.regionjh.reservrutin.intake.IneraMailParser.Parsed;

import static org.assertj.core.api.Assertions.assertThat;

class IneraMailParserTest {

	private static final Instant SENT = OffsetDateTime.parse("2026-11-26T10:00:00+01:00").toInstant();

	private static Instant at(String isoWithOffset) {
		return OffsetDateTime.parse(isoWithOffset).toInstant();
	}

	@Test
	void readsAPlannedNoticeWithIsoDatesAndKl() {
		Parsed parsed = IneraMailParser.parse("Planerat underhåll av 1177 Journalen", """
				Hej,
				Inera genomför planerat underhåll av 1177 Journalen.
				Referens: INC0012345
				Start: 2026-12-03 kl. 18:00
				Slut: 2026-12-03 kl. 22:00
				""", SENT);

		assertThat(parsed.kind()).isEqualTo(Kind.PLANNED);
		assertThat(parsed.reference()).isEqualTo("INC0012345");
		assertThat(parsed.services()).containsExactly("journalen");
		assertThat(parsed.startsAt()).isEqualTo(at("2026-12-03T18:00:00+01:00"));
		assertThat(parsed.expectedEnd()).isEqualTo(at("2026-12-03T22:00:00+01:00"));
		assertThat(parsed.title()).isEqualTo("Planerat underhåll av 1177 Journalen");
		assertThat(parsed.missingForPlanned()).isEmpty();
	}

	@Test
	void readsSwedishMonthNamesWithDottedTimesAcrossMidnight() {
		Parsed parsed = IneraMailParser.parse("VB: Servicefönster 1177 Stöd och behandling och personalverktyget",
				"Tjänsterna är otillgängliga från 3 december 2026 22.00 till 4 december 2026 kl. 02.30. Ärendenummer: CHG-2026-77.",
				SENT);

		assertThat(parsed.kind()).isEqualTo(Kind.PLANNED);
		assertThat(parsed.reference()).isEqualTo("CHG-2026-77");
		assertThat(parsed.services()).containsExactly("personalverktyget", "stod-och-behandling");
		assertThat(parsed.startsAt()).isEqualTo(at("2026-12-03T22:00:00+01:00"));
		assertThat(parsed.expectedEnd()).isEqualTo(at("2026-12-04T02:30:00+01:00"));
		assertThat(parsed.title()).startsWith("Servicefönster");
	}

	@Test
	void readsASameDayRangeAndADateWithoutYear() {
		Parsed parsed = IneraMailParser.parse("Planerat driftstopp 1177 Formulär INC0099999",
				"Den 3 december kl. 18.00–22.00 är Formulär inte tillgänglig.", SENT);

		assertThat(parsed.reference()).isEqualTo("INC0099999");
		assertThat(parsed.services()).containsExactly("formular");
		assertThat(parsed.startsAt()).isEqualTo(at("2026-12-03T18:00:00+01:00"));
		assertThat(parsed.expectedEnd()).isEqualTo(at("2026-12-03T22:00:00+01:00"));
	}

	@Test
	void tellsCancellationsResolutionsUpdatesAndIncidentsApart() {
		assertThat(IneraMailParser.parse("Planerat driftstopp inställt", "Referens: INC1", SENT).kind())
			.isEqualTo(Kind.CANCELLED);
		assertThat(IneraMailParser.parse("Åtgärdad: störning i 1177 Journalen", "", SENT).kind())
			.isEqualTo(Kind.RESOLVED);
		assertThat(IneraMailParser.parse("Uppdatering: planerat underhåll", "", SENT).kind()).isEqualTo(Kind.UPDATED);
		assertThat(IneraMailParser.parse("Driftstörning i 1177 Egen provhantering", "", SENT).kind())
			.isEqualTo(Kind.INCIDENT);
		assertThat(IneraMailParser.parse("Hej", "Tack för senast", SENT).kind()).isEqualTo(Kind.UNKNOWN);
	}

	@Test
	void anUpdateWithOneLabelledTimeIsTheNewEnd() {
		Parsed parsed = IneraMailParser.parse("Uppdatering INC0012345",
				"Arbetet tar längre tid. Beräknat klart 2026-12-03 kl. 23:30.", SENT);

		assertThat(parsed.kind()).isEqualTo(Kind.UPDATED);
		assertThat(parsed.startsAt()).isNull();
		assertThat(parsed.expectedEnd()).isEqualTo(at("2026-12-03T23:30:00+01:00"));
	}

	@Test
	void namesWhatAPlannedNoticeLacks() {
		Parsed parsed = IneraMailParser.parse("Planerat underhåll", "Underhåll någon gång i december.", SENT);

		assertThat(parsed.missingForPlanned()).containsExactly("referens", "tjänst", "starttid", "sluttid");
	}

	@Test
	void ignoresDatesThatDoNotExist() {
		Parsed parsed = IneraMailParser.parse("Planerat underhåll", "Start 2026-13-45 kl. 18:00", SENT);

		assertThat(parsed.startsAt()).isNull();
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
			Uppdatering INC-123456: felet är ännu inte löst                  | Felsökning pågår.
			Störning i 1177 Journalen                                       | Felet är inte åtgärdat och tjänsten fungerar inte.
			Uppdatering INC-123456                                           | Tjänsten är ännu inte åter i drift.
			Uppdatering INC-123456                                           | Felet är delvis löst, men inloggningen fungerar inte.
			Uppdatering INC-123456                                           | Problemet har inte lösts ännu.
			Störning INC-123456                                              | Tjänsten fungerar inte igen efter omstarten.
			Uppdatering INC-123456                                           | Felet är ej avhjälpt.
			""")
	void aNegatedOrPartialResolutionIsNeverReadAsResolved(String subject, String text) {
		Parsed parsed = IneraMailParser.parse(subject, text, SENT);

		assertThat(parsed.kind()).isNotEqualTo(Kind.RESOLVED);
		assertThat(parsed.reference()).isIn("INC-123456", null);
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
			Löst: INC-123456 Journalen                 | Felet är löst och tjänsten fungerar igen.
			Uppdatering INC-123456: felet är åtgärdat  | Journalen fungerar nu som vanligt.
			Åter i drift: 1177 Formulär INC-123456     | Formulär är åter i drift sedan kl. 14.10.
			""")
	void anAffirmedResolutionIsResolved(String subject, String text) {
		assertThat(IneraMailParser.parse(subject, text, SENT).kind()).isEqualTo(Kind.RESOLVED);
	}

	@Test
	void aResolutionContradictedInTheTextIsNotResolved() {
		Parsed parsed = IneraMailParser.parse("Re: Åter i drift INC-123456",
				"Tyvärr var vi för snabba: tjänsten är inte åter i drift, felsökningen fortsätter.", SENT);

		assertThat(parsed.kind()).isNotEqualTo(Kind.RESOLVED);
	}

}
