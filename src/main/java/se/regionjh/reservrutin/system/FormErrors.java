package se.regionjh.reservrutin.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Collects what is wrong with a submitted form and refuses it as a whole, in
 * Swedish. The engine rolls the submission back, so nothing is lost, and the
 * REST API (and with it Tasklist) answers 400 with the message.
 */
public final class FormErrors {

	private final List<String> errors = new ArrayList<>();

	public FormErrors require(boolean condition, String message) {
		if (!condition) {
			this.errors.add(message);
		}
		return this;
	}

	public FormErrors add(String message) {
		this.errors.add(message);
		return this;
	}

	public boolean isEmpty() {
		return this.errors.isEmpty();
	}

	public List<String> messages() {
		return List.copyOf(this.errors);
	}

	public void throwIfAny() {
		if (!this.errors.isEmpty()) {
			throw new FormFieldValidationException(null, "Formuläret kan inte skickas: " + String.join(" ", this.errors));
		}
	}

}
