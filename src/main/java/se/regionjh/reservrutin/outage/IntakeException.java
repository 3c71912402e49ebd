package se.regionjh.reservrutin.outage;

/**
 * A notice that cannot be applied. {@link Reason#NOT_FOUND}: no outage has the
 * reference; {@link Reason#CONFLICT}: the outage is not in a state where the
 * notice applies (a cancellation after the start, say).
 */
public class IntakeException extends RuntimeException {

	public enum Reason {

		NOT_FOUND, CONFLICT

	}

	private final Reason reason;

	public IntakeException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
