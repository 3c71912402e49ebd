package se.regionjh.reservrutin.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees in a date-time field is what is stored (issue 10, defect
 * 1). The 7.24 Tasklist's form-js shows a time rounded down to the field's
 * {@code timeInterval} (default 15 minutes: {@code const e=f-f%g} in its time
 * input), while the value saved stays unrounded: a prefilled 16:56 showed as
 * 16:45, was stored as 16:56 and so published and used for deadlines as 16:56.
 * With an interval of one minute form-js rounds nothing and lets the time be
 * typed freely.
 */
class FormTimeFieldsTest {

	@Test
	void everyTimeInEveryFormIsShownToTheMinute() throws IOException {
		List<String> fields = new ArrayList<>();
		List<String> rounding = new ArrayList<>();
		try (Stream<Path> forms = Files.list(Path.of("forms"))) {
			for (Path form : forms.filter((p) -> p.toString().endsWith(".form")).sorted().toList()) {
				collect(new ObjectMapper().readTree(form.toFile()), form.getFileName().toString(), fields, rounding);
			}
		}

		assertThat(fields).as("date-time fields found").hasSizeGreaterThanOrEqualTo(8);
		assertThat(rounding).as("time fields that would show another time than they store").isEmpty();
	}

	private static void collect(JsonNode node, String form, List<String> fields, List<String> rounding) {
		for (JsonNode component : node.path("components")) {
			String subtype = component.path("subtype").asText();
			if ("datetime".equals(component.path("type").asText()) && !"date".equals(subtype)) {
				String name = form + "#" + component.path("key").asText();
				fields.add(name);
				if (component.path("timeInterval").asInt(15) != 1) {
					rounding.add(name + " (timeInterval " + component.path("timeInterval").asInt(15) + ")");
				}
			}
			collect(component, form, fields, rounding);
		}
	}

}
