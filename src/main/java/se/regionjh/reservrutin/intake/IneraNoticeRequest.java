package se.regionjh.reservrutin.intake;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import se.regionjh.reservrutin.outage.IneraNotice;
import se.regionjh.reservrutin.system.Distinct;
import se.regionjh.reservrutin.system.InputRules;
import se.regionjh.reservrutin.system.SafeText;

/**
 * A notice from Inera as the API takes it. Times are text so that every bad
 * field, a malformed time among them, is reported in one answer; the
 * class-level check adds what depends on the type of notice.
 */
@IneraNoticeRequest.Consistent
@Schema(name = "IneraNotice", description = "Ett meddelande från Inera om ett driftstopp, nyckelat på Ineras referens")
record IneraNoticeRequest(

		@Schema(description = "Ineras referens; samma referens är samma driftstopp", example = "INC0123456",
				requiredMode = Schema.RequiredMode.REQUIRED)
		@NotBlank(message = "saknas") @Size(max = 100, message = "får vara högst 100 tecken")
		@Pattern(regexp = REFERENCE_PATTERN, message = "får bara innehålla bokstäver a-z, siffror och . _ - :")
		@SafeText String reference,

		@Schema(description = "Slag av meddelande", allowableValues = { "PLANNED", "INCIDENT", "UPDATED", "CANCELLED", "RESOLVED" },
				example = "PLANNED", requiredMode = Schema.RequiredMode.REQUIRED)
		@NotBlank(message = "saknas")
		@Pattern(regexp = "PLANNED|INCIDENT|UPDATED|CANCELLED|RESOLVED",
				message = "måste vara PLANNED, INCIDENT, UPDATED, CANCELLED eller RESOLVED")
		String type,

		@Schema(description = "Kort rubrik (krävs för PLANNED; för INCIDENT blir den annars \"Driftstörning i\" och tjänsterna)", example = "Planerat underhåll av 1177 Journalen")
		@Size(max = 200, message = "får vara högst 200 tecken") @SafeText
		String title,

		@Schema(description = "Berörda tjänster (krävs för PLANNED och INCIDENT)", example = "[\"journalen\"]")
		@Size(max = 5, message = "får ha högst fem tjänster") @Distinct
		List<@KnownService String> services,

		@Schema(description = "Planerad start, ISO-8601 med tidszon (krävs för PLANNED; för INCIDENT när störningen började, annars nu)", format = "date-time",
				example = "2026-12-03T18:00:00+01:00")
		@Size(max = 40, message = "är för lång för en tidpunkt")
		String startsAt,

		@Schema(description = "Planerat eller beräknat slut, ISO-8601 med tidszon (krävs för PLANNED)",
				format = "date-time", example = "2026-12-03T22:00:00+01:00")
		@Size(max = 40, message = "är för lång för en tidpunkt")
		String expectedEnd,

		@Schema(description = "Ineras text, som den kom", example = "Inera genomför planerat underhåll av 1177 Journalen.")
		@Size(max = 20000, message = "får vara högst 20000 tecken") @SafeText(multiLine = true)
		String text) {

	static final String REFERENCE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]*";

	enum Type {

		PLANNED, INCIDENT, UPDATED, CANCELLED, RESOLVED

	}

	@JsonIgnore
	Type noticeType() {
		return Type.valueOf(this.type);
	}

	IneraNotice toNotice(String source) {
		return new IneraNotice(this.reference, (this.title != null) ? this.title.strip() : null, this.services,
				startsAtInstant(),
				expectedEndInstant(), this.text, source);
	}

	@JsonIgnore
	Instant startsAtInstant() {
		return instant(this.startsAt);
	}

	@JsonIgnore
	Instant expectedEndInstant() {
		return instant(this.expectedEnd);
	}

	private static Instant instant(String text) {
		return (text == null || text.isBlank()) ? null : OffsetDateTime.parse(text.strip()).toInstant();
	}

	/** What a notice needs besides its single fields: depends on its type. */
	@Documented
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.TYPE)
	@Constraint(validatedBy = ConsistentValidator.class)
	@interface Consistent {

		String message() default "meddelandet är inte fullständigt";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	static class ConsistentValidator implements ConstraintValidator<Consistent, IneraNoticeRequest> {

		private static final String TIME_FORMAT = "måste vara en tidpunkt enligt ISO-8601 med tidszon, "
				+ "t.ex. 2026-12-03T18:00:00+01:00";

		@Override
		public boolean isValid(IneraNoticeRequest notice, ConstraintValidatorContext context) {
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			boolean startValid = parses(notice.startsAt);
			boolean endValid = parses(notice.expectedEnd);
			if (!startValid) {
				valid = violation(context, "startsAt", TIME_FORMAT);
			}
			if (!endValid) {
				valid = violation(context, "expectedEnd", TIME_FORMAT);
			}
			Instant now = ClockUtil.getCurrentTime().toInstant();
			if (startValid && !InputRules.withinWindow(notice.startsAtInstant(), now)) {
				valid = violation(context, "startsAt", InputRules.TIME_WINDOW_MESSAGE);
			}
			if (endValid && !InputRules.withinWindow(notice.expectedEndInstant(), now)) {
				valid = violation(context, "expectedEnd", InputRules.TIME_WINDOW_MESSAGE);
			}
			if ("PLANNED".equals(notice.type)) {
				if (notice.title == null || notice.title.isBlank()) {
					valid = violation(context, "title", "saknas (krävs för ett planerat driftstopp)");
				}
				if (notice.services == null || notice.services.isEmpty()) {
					valid = violation(context, "services", "saknas (ange minst en tjänst)");
				}
				if (isBlank(notice.startsAt)) {
					valid = violation(context, "startsAt", "saknas (krävs för ett planerat driftstopp)");
				}
				if (isBlank(notice.expectedEnd)) {
					valid = violation(context, "expectedEnd", "saknas (krävs för ett planerat driftstopp)");
				}
			}
			if ("INCIDENT".equals(notice.type) && (notice.services == null || notice.services.isEmpty())) {
				valid = violation(context, "services", "saknas (ange minst en tjänst)");
			}
			if ("UPDATED".equals(notice.type) && isBlank(notice.startsAt) && isBlank(notice.expectedEnd)
					&& isBlank(notice.text)) {
				valid = violation(context, "text", "saknas (en uppdatering behöver ny tid eller ny text)");
			}
			if (startValid && endValid && !isBlank(notice.startsAt) && !isBlank(notice.expectedEnd)
					&& !notice.expectedEndInstant().isAfter(notice.startsAtInstant())) {
				valid = violation(context, "expectedEnd", "måste vara senare än startsAt");
			}
			return valid;
		}

		private static boolean parses(String text) {
			if (isBlank(text)) {
				return true;
			}
			try {
				OffsetDateTime.parse(text.strip());
				return true;
			}
			catch (DateTimeParseException ex) {
				return false;
			}
		}

		private static boolean isBlank(String text) {
			return text == null || text.isBlank();
		}

		/** The message templates are constants: user input never reaches the interpolator. */
		private static boolean violation(ConstraintValidatorContext context, String field, String message) {
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}

	}

}
