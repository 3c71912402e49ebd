package se.regionjh.reservrutin.publication.delivery;

import java.time.Instant;

/**
 * One row of the delivery log, with what it delivers: a publication of an
 * outage, or a routine notice (then {@code publicationId} and
 * {@code outageReference} are null).
 */
public record Delivery(long id, Long publicationId, Long routineNoticeId, String outageReference, String subject,
		DeliveryChannel channel, String target, DeliveryState state, int attempts, String lastError,
		String processInstanceId, Instant createdAt, Instant updatedAt, Instant nextAttemptAt, Instant sentAt) {

}
