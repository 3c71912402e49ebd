package se.regionjh.reservrutin.system;

/**
 * The one place that says which characters a text may hold (issue 12). The
 * intake refuses what breaks these rules; the mail intake and the renderers of
 * the public feeds make such text harmless instead.
 */
public final class InputRules {

	/** The replacement for a lone surrogate. */
	public static final char REPLACEMENT = '\uFFFD';

	private InputRules() {
	}

	/**
	 * Whether the text holds a control character (other than line break and tab
	 * where {@code multiLine}), a line break in a single-line field, a
	 * non-character U+FFFE/U+FFFF or a lone surrogate.
	 */
	public static boolean isUnsafe(String text, boolean multiLine) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
				continue;
			}
			if (Character.isSurrogate(c) || !allowed(c, multiLine)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The text with disallowed control characters removed and lone surrogates
	 * replaced by U+FFFD: safe in XML 1.0, iCalendar, JSON and mail.
	 */
	public static String harmless(String text, boolean multiLine) {
		if (text == null || !isUnsafe(text, multiLine)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				out.append(c).append(text.charAt(++i));
			}
			else if (Character.isSurrogate(c)) {
				out.append(REPLACEMENT);
			}
			else if (allowed(c, multiLine)) {
				out.append(c);
			}
			else if (!multiLine && (c == '\n' || c == '\r' || c == '\t')) {
				out.append(' ');
			}
		}
		return out.toString();
	}

	/** A multi-line text made harmless. */
	public static String harmless(String text) {
		return harmless(text, true);
	}

	private static boolean allowed(char c, boolean multiLine) {
		if (c == '\n' || c == '\r' || c == '\t') {
			return multiLine;
		}
		return !Character.isISOControl(c) && c != '\uFFFE' && c != '\uFFFF';
	}

}
