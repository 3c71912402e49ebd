package se.regionjh.reservrutin.outage;

/**
 * Inera's notice cannot be applied. {@link Reason#UNKNOWN_REFERENCE}: no
 * outage has the reference; {@link Reason#WRONG_STATE}: the outage is not in a
 * state where the notice applies (a cancellation after the start, say). The
 * message says which, in Swedish.
 */
public class NoticeRefusedException extends RuntimeException {

	public enum Reason {

		UNKNOWN_REFERENCE, WRONG_STATE

	}

	private final Reason reason;

	public NoticeRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
