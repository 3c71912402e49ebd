package se.regionjh.reservrutin.publication.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdaptiveCardsTest {

	static final String[][] FACTS = { { "Tjänster", "1177 Journalen" }, { "Läge", "pågår" },
			{ "Prognos", "26 november 2026 kl. 14:30" }, { "Nästa uppdatering", "26 november 2026 kl. 12:00" } };

	static final String LINK = "https://intra.example.org/driftinformation/DS-2026-0001";

	@Test
	void aShortTextIsSentWhole() throws Exception {
		String json = AdaptiveCards.message("Driftstörning: Journalen", FACTS, "Kort text.", LINK);
		JsonNode card = new ObjectMapper().readTree(json).path("attachments").get(0).path("content");
		assertThat(card.path("body").get(2).path("inlines").get(0).path("text").asText()).isEqualTo("Kort text.");
		assertThat(card.path("version").asText()).isEqualTo("1.4");
	}

	@Test
	void aLongTextIsCutToStayUnderTheTeamsLimitWithANoteAndTheLink() throws Exception {
		String text = "Lång förklaring med å, ä och ö <b>. ".repeat(3000);
		String json = AdaptiveCards.message("Driftstörning: Journalen", FACTS, text, LINK);

		assertThat(AdaptiveCards.bytes(json)).isLessThanOrEqualTo(AdaptiveCards.MAX_MESSAGE_BYTES)
			.isLessThan(28 * 1024);
		JsonNode card = new ObjectMapper().readTree(json).path("attachments").get(0).path("content");
		String sent = card.path("body").get(2).path("inlines").get(0).path("text").asText();
		assertThat(sent).endsWith(AdaptiveCards.TRUNCATED_NOTE);
		assertThat(text).startsWith(sent.substring(0, sent.length() - AdaptiveCards.TRUNCATED_NOTE.length() - 1));
		// Cut no shorter than needed: most of the budget is used.
		assertThat(AdaptiveCards.bytes(json)).isGreaterThan(AdaptiveCards.MAX_MESSAGE_BYTES - 200);
		assertThat(card.path("actions").get(0).path("url").asText()).isEqualTo(LINK);
	}

}
