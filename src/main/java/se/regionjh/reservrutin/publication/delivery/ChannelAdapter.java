package se.regionjh.reservrutin.publication.delivery;

import java.util.List;

import se.regionjh.reservrutin.outage.Publication;

/**
 * One channel of the routine (Teams, e-mail, the status page). The delivery
 * outbox asks each adapter whom a publication must reach, records one delivery
 * per target, and later hands each target back to {@link #deliver} in its own
 * job.
 */
public interface ChannelAdapter {

	DeliveryChannel channel();

	/**
	 * The targets this channel must reach for the publication, in a stable
	 * order; empty when the publication is not for this channel.
	 */
	List<Target> targets(Publication publication);

	/**
	 * Delivers the publication to one target. Throws
	 * {@link DeliveryException} (or any runtime exception, treated as
	 * transient) when it did not arrive.
	 */
	void deliver(Publication publication, String target);

	/**
	 * A target and whether the channel is configured to reach it.
	 *
	 * @param address service id, e-mail address or page name
	 * @param configured false when the channel has no configuration for it
	 */
	record Target(String address, boolean configured) {
	}

}
