package se.regionjh.reservrutin.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text that follows {@link InputRules}: no control characters or lone
 * surrogates, and no line breaks unless {@link #multiLine()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
		ElementType.TYPE_USE })
@Constraint(validatedBy = SafeText.Validator.class)
public @interface SafeText {

	boolean multiLine() default false;

	String message() default InputRules.UNSAFE_MESSAGE;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<SafeText, String> {

		private boolean multiLine;

		@Override
		public void initialize(SafeText annotation) {
			this.multiLine = annotation.multiLine();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			String problem = InputRules.problem(value, this.multiLine);
			if (problem == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
			return false;
		}

	}

}
