package se.regionjh.reservrutin.routines;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Reads a routine document written as plain text, the way the seed is: a short
 * line without a full stop is a heading (the first one the title), lines that
 * start with "- " are list items, other lines are paragraphs, and *text* is
 * emphasis. "#", "##" and "###" mark headings explicitly.
 */
public final class RoutineText {

	private static final Pattern EMPHASIS = Pattern.compile("\\*([^*\\n]+)\\*");

	private static final int MAX_HEADING_LENGTH = 100;

	private RoutineText() {
	}

	/** A heading (level 1-3), a paragraph or a list; html is escaped, with emphasis. */
	public record Block(String kind, int level, String html, List<String> items) {

		public boolean isHeading() {
			return "heading".equals(this.kind);
		}

		public boolean isList() {
			return "list".equals(this.kind);
		}

		public boolean isParagraph() {
			return "paragraph".equals(this.kind);
		}

	}

	public static List<Block> blocks(String text) {
		List<Block> blocks = new ArrayList<>();
		List<String> items = null;
		boolean titleSeen = false;
		for (String raw : text.split("\\R")) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("- ")) {
				if (items == null) {
					items = new ArrayList<>();
					blocks.add(new Block("list", 0, null, items));
				}
				items.add(inline(line.substring(2).strip()));
				continue;
			}
			items = null;
			int marks = 0;
			while (marks < line.length() && line.charAt(marks) == '#') {
				marks++;
			}
			if (marks > 0 && marks <= 3) {
				blocks.add(new Block("heading", marks, inline(line.substring(marks).strip()), List.of()));
				titleSeen = true;
			}
			else if (looksLikeHeading(line)) {
				blocks.add(new Block("heading", titleSeen ? 2 : 1, inline(line), List.of()));
				titleSeen = true;
			}
			else {
				blocks.add(new Block("paragraph", 0, inline(line), List.of()));
			}
		}
		return blocks;
	}

	private static boolean looksLikeHeading(String line) {
		char last = line.charAt(line.length() - 1);
		return line.length() <= MAX_HEADING_LENGTH && ".:!?,;".indexOf(last) < 0;
	}

	private static String inline(String text) {
		return EMPHASIS.matcher(HtmlUtils.htmlEscape(text, "UTF-8")).replaceAll("<em>$1</em>");
	}

}
