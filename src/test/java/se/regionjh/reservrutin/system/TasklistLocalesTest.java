package se.regionjh.reservrutin.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.regionjh.reservrutin.support.RunningApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist in Swedish: the webjar override in
 * src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/ is what
 * the running application serves, and it translates every text of the shipped
 * English one.
 */
@RunningApplication
class TasklistLocalesTest {

	private static final String TASKLIST = "/camunda/app/tasklist";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

	private final ObjectMapper json = new ObjectMapper();

	@Autowired
	TestRestTemplate http;

	@Test
	void servesSwedishTextsForEveryKeyOfTheShippedEnglishOnes() throws IOException {
		ResponseEntity<String> response = get(TASKLIST + "/locales/sv.json");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode swedish = this.json.readTree(response.getBody());
		JsonNode english = shippedEnglish();
		assertThat(keyPaths(swedish, "")).containsExactlyInAnyOrderElementsOf(keyPaths(english, ""));
		assertThat(swedish.at("/labels/COMPLETE").asText()).isEqualTo("Slutför");
		assertThat(swedish.at("/labels/CLAIM_TASK").asText()).isEqualTo("Ta uppgiften");
		assertThat(swedish.at("/labels/START_PROCESS").asText()).isEqualTo("Starta process");
		assertThat(swedish.at("/dateLocales/months/0").asText()).isEqualTo("januari");
	}

	@Test
	void keepsPlaceholdersAndLeavesNoTextEmptyThatIsNotEmptyInEnglish() throws IOException {
		JsonNode swedish = this.json.readTree(get(TASKLIST + "/locales/sv.json").getBody()).get("labels");
		JsonNode english = shippedEnglish().get("labels");

		List<String> problems = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> label = it.next();
			String sv = swedish.path(label.getKey()).asText();
			if (!placeholders(sv).equals(placeholders(label.getValue().asText()))) {
				problems.add(label.getKey() + ": placeholders " + placeholders(sv));
			}
			if (sv.isBlank() && !label.getValue().asText().isBlank()) {
				problems.add(label.getKey() + ": empty");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void offersSwedishFirstAndFallsBackToIt() {
		ResponseEntity<String> response = get(TASKLIST + "/scripts/config.js");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).containsPattern("availableLocales:\\s*\\['sv',\\s*'en',\\s*'de'\\]")
			.containsPattern("fallbackLocale:\\s*'sv'")
			// The override replaces the shipped file whole: its keyboard shortcuts must stay.
			.contains("claimTask", "focusFilter", "focusList", "focusForm", "startProcess")
			.containsPattern("customScripts:\\s*\\['scripts/form-texts-sv', 'scripts/form-keys'\\]");
	}

	@Test
	void noWebappShowsTheMigrateToCamunda8Banner() {
		for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
			ResponseEntity<String> response = get("/camunda/app/" + app + "/styles/user-styles.css");
			assertThat(response.getStatusCode()).as(app).isEqualTo(HttpStatus.OK);
			assertThat(response.getBody()).as(app)
				.containsPattern("\\.ce-eol-banner\\s*\\{[^}]*display:\\s*none\\s*!important");
		}
	}

	@Test
	void servesTheScriptThatPutsFormJsTextsIntoSwedish() {
		ResponseEntity<String> response = get(TASKLIST + "/scripts/form-texts-sv.js");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("Field is required", "Fältet måste fyllas i.", "firstDayOfWeek: 1");
	}

	/**
	 * The one place that fetches from the running application: credentials go
	 * here (this.http.withBasicAuth(...)) once the webapp assets need a login.
	 */
	private ResponseEntity<String> get(String path) {
		return this.http.getForEntity(path, String.class);
	}

	private JsonNode shippedEnglish() throws IOException {
		// Not overridden by the application, so this is the webjar's own file (it starts with a BOM,
		// which Jackson skips).
		try (InputStream in = new ClassPathResource(
				"META-INF/resources/webjars/camunda/app/tasklist/locales/en.json").getInputStream()) {
			return this.json.readTree(in);
		}
	}

	/** Every path to a value: object keys by name, array elements by index. */
	private static List<String> keyPaths(JsonNode node, String path) {
		List<String> paths = new ArrayList<>();
		if (node.isObject()) {
			node.fieldNames().forEachRemaining((name) -> paths.addAll(keyPaths(node.get(name), path + "/" + name)));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				paths.addAll(keyPaths(node.get(i), path + "/" + i));
			}
		}
		else {
			paths.add(path);
		}
		return paths;
	}

	private static TreeSet<String> placeholders(String text) {
		TreeSet<String> names = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

}
