package se.regionjh.reservrutin.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.regionjh.reservrutin.calendar.WorkingDays;
import se.regionjh.reservrutin.intake.IneraMailParser.Parsed;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Realistic mail to the functional mailbox, as files under
 * src/test/resources/inera-mail/, each read the way the mailbox poller reads
 * it (MIME, HTML, encodings) and parsed. expected.tsv names the expected
 * reading of each and why; "-" means nothing is read. A negated, partial or
 * quoted "löst" must never read as resolved: that would tell every unit the
 * service works again.
 */
class IneraMailCorpusTest {

	private static final Path CORPUS = Path.of("src/test/resources/inera-mail");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	static Stream<Arguments> corpus() throws IOException {
		return Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> line.split("\t"))
			.map((cells) -> Arguments.of(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]));
	}

	@ParameterizedTest(name = "{0}: {1} ({6})")
	@MethodSource("corpus")
	void eachMailIsReadAsExpected(String file, String kind, String reference, String services, String startsAt,
			String expectedEnd, String why) throws Exception {
		IncomingMail mail;
		try (InputStream in = Files.newInputStream(CORPUS.resolve(file))) {
			mail = MailReader.read(new MimeMessage(Session.getInstance(MailReader.mimeProperties()), in));
		}
		assertThat(mail.readable()).as("readable").isTrue();

		Parsed parsed = IneraMailParser.parse(mail.subject(), mail.text(), mail.sentAt());

		assertThat(parsed.kind()).as("kind").hasToString(kind);
		assertThat(value(parsed.reference())).as("reference").isEqualTo(reference);
		assertThat(value(parsed.services().isEmpty() ? null : String.join(",", parsed.services()))).as("services")
			.isEqualTo(services);
		assertThat(local(parsed.startsAt())).as("startsAt").isEqualTo(startsAt);
		assertThat(local(parsed.expectedEnd())).as("expectedEnd").isEqualTo(expectedEnd);
	}

	@Test
	void everyMailInTheCorpusHasAnExpectedReading() throws IOException {
		List<String> expected = corpus().map((arguments) -> (String) arguments.get()[0]).toList();
		try (Stream<Path> files = Files.list(CORPUS)) {
			assertThat(files.map((f) -> f.getFileName().toString()).filter((f) -> f.endsWith(".eml")).sorted())
				.containsExactlyElementsOf(expected.stream().sorted().toList());
		}
		assertThat(Arrays.asList("RESOLVED")).isSubsetOf(corpus().map((a) -> (String) a.get()[1]).toList());
	}

	private static String value(String text) {
		return (text == null) ? "-" : text;
	}

	private static String local(Instant instant) {
		return (instant == null) ? "-" : LOCAL.format(instant.atZone(WorkingDays.SWEDEN));
	}

}
