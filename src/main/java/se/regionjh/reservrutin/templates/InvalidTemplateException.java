package se.regionjh.reservrutin.templates;

import java.util.List;

/** A template submission that cannot be stored; the messages are Swedish. */
public class InvalidTemplateException extends RuntimeException {

	private final List<String> messages;

	public InvalidTemplateException(List<String> messages) {
		super(String.join(" ", messages));
		this.messages = List.copyOf(messages);
	}

	public List<String> messages() {
		return this.messages;
	}

}
