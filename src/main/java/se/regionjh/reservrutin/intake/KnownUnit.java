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

import se.regionjh.reservrutin.units.UnitRegistry;

/** The id of a unit in the unit registry; null is allowed (the unit is not always known). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Constraint(validatedBy = KnownUnit.Validator.class)
@interface KnownUnit {

	String message() default "okänd enhet; ange ett enhets-id från enhetsregistret";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Created by Spring's validator factory, so the registry is injected. */
	class Validator implements ConstraintValidator<KnownUnit, String> {

		private final UnitRegistry units;

		Validator(UnitRegistry units) {
			this.units = units;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || this.units.find(value).isPresent();
		}

	}

}
