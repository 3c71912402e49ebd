package se.regionjh.reservrutin.publication.delivery;

/**
 * Sends a notice that is not a publication (a routine e-mail) to its one
 * recipient, in the delivery job. Throws like {@link ChannelAdapter#deliver}:
 * {@link DeliveryException} or any runtime exception (transient) when it did
 * not arrive.
 */
public interface NoticeSender {

	void deliver(long routineNoticeId, String recipient);

}
