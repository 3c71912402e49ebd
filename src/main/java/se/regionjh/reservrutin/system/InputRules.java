package se.regionjh.reservrutin.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;

/**
 * The one place that says which characters a text may hold (issue 12). The
 * intake refuses what breaks these rules; the mail intake and the renderers of
 * the public feeds make such text harmless instead.
 */
public final class InputRules {

	/** The replacement for a lone surrogate. */
	public static final char REPLACEMENT = '\uFFFD';

	public static final String UNSAFE_MESSAGE = "innehåller otillåtna tecken (styrtecken)";

	public static final String LINE_BREAK_MESSAGE = "får inte innehålla radbrytningar";

	public static final String DUPLICATE_MESSAGE = "får inte innehålla samma värde två gånger";

	/** How far back a planned time may lie. */
	public static final Duration TIME_PAST = Duration.ofDays(365);

	/** How far ahead a planned time may lie. */
	public static final Duration TIME_AHEAD = Duration.ofDays(2 * 366);

	public static final String TIME_WINDOW_MESSAGE = "måste ligga mellan ett år bakåt och två år framåt i tiden";

	private InputRules() {
	}

	/**
	 * What is wrong with the text, in Swedish for the user, or {@code null}
	 * when it follows the rules.
	 */
	public static String problem(String text, boolean multiLine) {
		if (!isUnsafe(text, multiLine)) {
			return null;
		}
		if (!multiLine && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) && !isUnsafe(text, true)) {
			return LINE_BREAK_MESSAGE;
		}
		return UNSAFE_MESSAGE;
	}

	/** Whether the list holds the same value twice. */
	public static boolean hasDuplicates(Collection<?> values) {
		return values != null && new HashSet<>(values).size() < values.size();
	}

	/** Whether a planned time lies within a year back and two years ahead of {@code now}. */
	public static boolean withinWindow(Instant time, Instant now) {
		return time == null || (!time.isBefore(now.minus(TIME_PAST)) && !time.isAfter(now.plus(TIME_AHEAD)));
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
