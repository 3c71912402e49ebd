package se.regionjh.reservrutin.intake;

/**
 * A request the intake cannot serve. {@link Reason#NOT_FOUND}: what it names
 * does not exist; {@link Reason#CONFLICT}: it does not apply in the current
 * state. {@link IntakeProblems} answers it as a Swedish 404 or 409, and maps
 * the outage's {@link se.regionjh.reservrutin.outage.NoticeRefusedException}
 * the same way.
 */
class IntakeException extends RuntimeException {

	enum Reason {

		NOT_FOUND, CONFLICT

	}

	private final Reason reason;

	IntakeException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	Reason reason() {
		return this.reason;
	}

}
