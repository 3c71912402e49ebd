package se.regionjh.reservrutin.intake;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import se.regionjh.reservrutin.units.EService;

/** One of the five service ids of {@link EService} (used on list elements, so null is refused too). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Constraint(validatedBy = KnownService.Validator.class)
@interface KnownService {

	String message() default "okänd tjänst; giltiga tjänster är personalverktyget, stod-och-behandling, formular, "
			+ "egen-provhantering och journalen";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<KnownService, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value != null && EService.byId(value).isPresent();
		}

	}

}
