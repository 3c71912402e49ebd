package se.regionjh.reservrutin.publication.delivery;

import java.time.Duration;

/**
 * A channel could not deliver. Transient failures are retried with the
 * spacing of the delivery process (or after {@link #retryAfter()} when the
 * receiver asked for it); permanent ones become a Camunda incident at once.
 */
public class DeliveryException extends RuntimeException {

	private final boolean permanent;

	private final Duration retryAfter;

	private DeliveryException(String message, Throwable cause, boolean permanent, Duration retryAfter) {
		super(message, cause);
		this.permanent = permanent;
		this.retryAfter = retryAfter;
	}

	/** Worth another try later (5xx, network, SMTP). */
	public static DeliveryException transientFailure(String message, Throwable cause) {
		return new DeliveryException(message, cause, false, null);
	}

	/** The receiver asked to wait (429 with Retry-After). */
	public static DeliveryException retryAfter(String message, Duration retryAfter) {
		return new DeliveryException(message, null, false, retryAfter);
	}

	/** Retrying cannot help (4xx, invalid header or address): an incident for a person. */
	public static DeliveryException permanent(String message, Throwable cause) {
		return new DeliveryException(message, cause, true, null);
	}

	public boolean permanent() {
		return this.permanent;
	}

	/** How long the receiver asked us to wait, or null. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
