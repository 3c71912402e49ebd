package se.regionjh.reservrutin.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users read Swedish prose, not the routine's requirement codes: no form and no
 * page or mail template says "(R14)" or "(R12, R14)".
 */
class UserFacingTextTest {

	private static final Pattern CODE = Pattern.compile("\\(R\\d{1,2}([,–-] ?R?\\d{1,2})*\\)");

	@Test
	void noFormOrTemplateShowsARequirementCode() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path root : List.of(Path.of("forms"), Path.of("src/main/resources/templates"),
				Path.of("src/main/resources/META-INF/resources"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
					Matcher code = CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
					while (code.find()) {
						found.add(file + ": " + code.group());
					}
				}
			}
		}

		assertThat(found).isEmpty();
	}

	/** String literals in Java: checklists, mail bodies, cards and error messages (comments may name codes). */
	private static final Pattern LITERAL = Pattern.compile("\"\"\"(?s:.*?)\"\"\"|\"(?:[^\"\\\\\n]|\\\\.)*\"");

	@Test
	void noTextBuiltInJavaShowsARequirementCode() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).sorted().toList()) {
				Matcher literal = LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (literal.find()) {
					Matcher code = CODE.matcher(literal.group());
					while (code.find()) {
						found.add(file.getFileName() + ": " + literal.group());
					}
				}
			}
		}

		assertThat(found).isEmpty();
	}

}
