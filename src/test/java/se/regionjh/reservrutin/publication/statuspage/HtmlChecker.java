package se.regionjh.reservrutin.publication.statuspage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nu.validator.client.EmbeddedValidator;

/**
 * The Nu Html Checker (vnu), in-process: the messages it reports for a page,
 * errors and warnings alike, as "type: message (line)".
 */
final class HtmlChecker {

	private HtmlChecker() {
	}

	static List<String> problems(String html) throws Exception {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		List<String> problems = new ArrayList<>();
		for (JsonNode message : new ObjectMapper().readTree(report).path("messages")) {
			String type = message.path("type").asText();
			String subType = message.path("subType").asText("");
			if ("error".equals(type) || "non-document-error".equals(type) || "warning".equals(subType)) {
				problems.add(type + (subType.isEmpty() ? "" : "/" + subType) + ": " + message.path("message").asText()
						+ " (line " + message.path("lastLine").asText() + ")");
			}
		}
		return problems;
	}

}
