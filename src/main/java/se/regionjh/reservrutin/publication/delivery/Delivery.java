package se.regionjh.reservrutin.publication.delivery;

import java.time.Instant;

/**
 * One row of the delivery log, with the publication it delivers.
 */
public record Delivery(long id, long publicationId, String outageReference, String subject, DeliveryChannel channel,
		String target, DeliveryState state, int attempts, String lastError, String processInstanceId,
		Instant createdAt, Instant updatedAt, Instant nextAttemptAt, Instant sentAt) {

}
