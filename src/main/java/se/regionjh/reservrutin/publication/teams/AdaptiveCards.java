package se.regionjh.reservrutin.publication.teams;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the Teams Workflows message: an Adaptive Card as the attachment of a
 * message. User text goes into TextRuns, which Teams shows as plain text (no
 * markdown, so a {@code [x](javascript:…)} stays text), and the JSON escapes
 * {@code < > & '} as well, so the payload is inert wherever it is echoed. The
 * whole message stays under Teams' 28 KB limit: a long text is cut, with a
 * note and the link to the full text on the status page.
 */
final class AdaptiveCards {

	/** Teams refuses messages over 28 KB; keep a margin for the envelope Teams adds. */
	static final int MAX_MESSAGE_BYTES = 27 * 1024;

	static final String TRUNCATED_NOTE = "\n\n[Texten är förkortad. Läs hela texten på driftinformationssidan.]";

	private static final ObjectMapper JSON = new ObjectMapper();

	static {
		JSON.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
	}

	private AdaptiveCards() {
	}

	/**
	 * @param heading what happened and the title
	 * @param facts label and value pairs, in order (services, state, forecast, next update)
	 * @param text the publication's text, plain
	 * @param link the outage on the status page
	 */
	static String message(String heading, String[][] facts, String text, String link) {
		String json = render(heading, facts, text, link);
		if (bytes(json) <= MAX_MESSAGE_BYTES) {
			return json;
		}
		// Longest prefix of the text that fits, by bisection over code points.
		int[] codePoints = text.codePoints().toArray();
		int low = 0;
		int high = codePoints.length;
		String best = render(heading, facts, TRUNCATED_NOTE.strip(), link);
		while (low <= high) {
			int mid = (low + high) >>> 1;
			String candidate = render(heading, facts, new String(codePoints, 0, mid) + "…" + TRUNCATED_NOTE, link);
			if (bytes(candidate) <= MAX_MESSAGE_BYTES) {
				best = candidate;
				low = mid + 1;
			}
			else {
				high = mid - 1;
			}
		}
		if (bytes(best) > MAX_MESSAGE_BYTES) {
			throw new IllegalArgumentException("Teams card does not fit in " + MAX_MESSAGE_BYTES
					+ " bytes even without its text (heading too long?)");
		}
		return best;
	}

	private static String render(String heading, String[][] facts, String text, String link) {
		ObjectNode card = JSON.createObjectNode();
		card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
		card.put("type", "AdaptiveCard");
		card.put("version", "1.4");
		ArrayNode body = card.putArray("body");
		ObjectNode title = body.addObject().put("type", "RichTextBlock");
		title.putArray("inlines")
			.addObject()
			.put("type", "TextRun")
			.put("text", heading)
			.put("weight", "Bolder")
			.put("size", "Medium");
		ArrayNode factSet = body.addObject().put("type", "FactSet").putArray("facts");
		for (String[] fact : facts) {
			factSet.addObject().put("title", fact[0]).put("value", fact[1]);
		}
		ObjectNode textBlock = body.addObject().put("type", "RichTextBlock");
		textBlock.putArray("inlines").addObject().put("type", "TextRun").put("text", text);
		card.putArray("actions")
			.addObject()
			.put("type", "Action.OpenUrl")
			.put("title", "Öppna driftinformationen")
			.put("url", link);
		ObjectNode message = JSON.createObjectNode();
		message.put("type", "message");
		ObjectNode attachment = message.putArray("attachments").addObject();
		attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
		attachment.putNull("contentUrl");
		attachment.set("content", card);
		try {
			return JSON.writeValueAsString(message);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write Adaptive Card", ex);
		}
	}

	static int bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8).length;
	}

	/** Escapes the HTML-significant characters as {@code \\u003C} and friends. */
	private static final class HtmlSafeEscapes extends CharacterEscapes {

		private final int[] escapes;

		HtmlSafeEscapes() {
			this.escapes = standardAsciiEscapesForJSON();
			for (char c : new char[] { '<', '>', '&', '\'' }) {
				this.escapes[c] = ESCAPE_STANDARD;
			}
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return this.escapes;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return null;
		}

	}

}
