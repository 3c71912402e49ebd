package se.regionjh.reservrutin.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import se.regionjh.reservrutin.calendar.WorkingDays;

/**
 * Reads the values that Camunda Forms, REST clients and messages put into
 * process variables, whatever shape they arrive in: a checklist is a JSON array,
 * a date-time field is ISO text with or without an offset (without one it is
 * Swedish local time), a number field may be a Long, Double or text. And writes
 * them in the shape the forms read: {@link #jsonList}, {@link #formTime},
 * {@link #longText}.
 */
public final class ProcessValues {

	private ProcessValues() {
	}

	public static List<String> strings(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof JsonValue json) {
			return strings(json.getValue());
		}
		if (value instanceof SpinJsonNode node) {
			if (node.isArray()) {
				List<String> result = new ArrayList<>();
				for (SpinJsonNode element : node.elements()) {
					if (element.isString()) {
						addNonBlank(result, element.stringValue());
					}
					else if (!element.isNull()) {
						addNonBlank(result, element.toString());
					}
				}
				return result;
			}
			return node.isString() ? strings(node.stringValue()) : List.of();
		}
		if (value instanceof Collection<?> collection) {
			List<String> result = new ArrayList<>();
			collection.forEach((element) -> {
				if (element != null) {
					addNonBlank(result, element.toString());
				}
			});
			return result;
		}
		String text = value.toString().trim();
		if (text.startsWith("[")) {
			return strings(org.camunda.spin.Spin.JSON(text));
		}
		List<String> result = new ArrayList<>();
		Arrays.stream(text.split(",")).forEach((part) -> addNonBlank(result, part));
		return result;
	}

	public static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof JsonValue json) {
			return text(json.getValue());
		}
		if (value instanceof SpinJsonNode node && node.isString()) {
			return text(node.stringValue());
		}
		String text = value.toString().trim();
		return text.isEmpty() ? null : text;
	}

	/**
	 * A free text as a process variable. Camunda keeps a string variable in a
	 * 4,000-character column; a longer text (a fault report or an Inera notice
	 * may hold 10,000 or 20,000) goes as a JSON string, which the engine keeps
	 * in its byte-array table without that limit. {@link #text(Object)} reads
	 * both alike. Not Java serialization.
	 */
	/**
	 * A list of strings as a JSON process variable: the shape a Camunda Forms
	 * checklist reads and writes, with no Java serialization.
	 */
	public static JsonValue jsonList(List<String> values) {
		SpinJsonNode array = Spin.JSON("[]");
		values.forEach(array::append);
		return SpinValues.jsonValue(array).create();
	}

	/**
	 * A date-time in the form Camunda Forms' datetime field reads: Swedish local
	 * time with its offset, to the minute; null stays null.
	 */
	public static String formTime(Instant instant) {
		return (instant != null) ? FORM_TIME.format(instant.atZone(WorkingDays.SWEDEN)) : null;
	}

	private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmXXX");

	public static TypedValue longText(String text) {
		if (text == null || text.length() <= MAX_ENGINE_STRING) {
			return Variables.stringValue(text);
		}
		return SpinValues.jsonValue(JSON.valueToTree(text).toString()).create();
	}

	/** The length of Camunda's string variable column (TEXT_, varchar 4000). */
	public static final int MAX_ENGINE_STRING = 4000;

	private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

	public static boolean bool(Object value) {
		if (value instanceof Boolean b) {
			return b;
		}
		return value != null && "true".equalsIgnoreCase(value.toString().trim());
	}

	/** A whole number, or null when absent; throws for text that is not a number. */
	public static Long number(Object value) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		if (value instanceof Number n) {
			if (n.doubleValue() != Math.rint(n.doubleValue())) {
				throw new IllegalArgumentException("inte ett heltal: " + value);
			}
			return n.longValue();
		}
		try {
			return Long.parseLong(value.toString().trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("inte ett heltal: " + value, ex);
		}
	}

	/**
	 * A point in time, or null when absent. Text without an offset is read as
	 * Swedish local time; a bare date as midnight Swedish time.
	 */
	public static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Date date) {
			return date.toInstant();
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof OffsetDateTime odt) {
			return odt.toInstant();
		}
		if (value instanceof ZonedDateTime zdt) {
			return zdt.toInstant();
		}
		String text = value.toString().trim();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			// fall through to the local forms
		}
		try {
			return LocalDateTime.parse(text).atZone(WorkingDays.SWEDEN).toInstant();
		}
		catch (DateTimeParseException ex) {
			// fall through
		}
		try {
			return LocalDate.parse(text).atStartOfDay(WorkingDays.SWEDEN).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("ogiltig tidpunkt: '" + text + "'", ex);
		}
	}

	private static void addNonBlank(List<String> target, String value) {
		if (value != null && !value.isBlank()) {
			target.add(value.trim());
		}
	}

}
