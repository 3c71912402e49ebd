package se.regionjh.reservrutin.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;
import java.util.HashSet;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A list without the same value twice ({@link InputRules}). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Constraint(validatedBy = Distinct.Validator.class)
public @interface Distinct {

	String message() default InputRules.DUPLICATE_MESSAGE;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<Distinct, Collection<?>> {

		@Override
		public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
			return !InputRules.hasDuplicates(value);
		}

	}

}
