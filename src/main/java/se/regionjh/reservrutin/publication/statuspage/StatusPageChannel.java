package se.regionjh.reservrutin.publication.statuspage;

import java.util.List;

import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.outage.Publication;
import se.regionjh.reservrutin.outage.Publication.Audience;
import se.regionjh.reservrutin.publication.delivery.ChannelAdapter;
import se.regionjh.reservrutin.publication.delivery.DeliveryChannel;
import se.regionjh.reservrutin.publication.delivery.DeliveryException;

/**
 * The status page as a channel (R14): a public publication counts as
 * delivered there once this node's snapshot has been rebuilt from the
 * committed journal. The page itself is rebuilt after every commit anyway;
 * this makes it visible in the delivery log, and retried if the rebuild fails.
 */
@Component
class StatusPageChannel implements ChannelAdapter {

	static final String TARGET = "driftinformation";

	private final StatusSnapshots snapshots;

	StatusPageChannel(StatusSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	@Override
	public DeliveryChannel channel() {
		return DeliveryChannel.STATUS_PAGE;
	}

	@Override
	public List<Target> targets(Publication publication) {
		return (publication.audience() == Audience.PUBLIC) ? List.of(new Target(TARGET, true)) : List.of();
	}

	@Override
	public void deliver(Publication publication, String target) {
		if (!this.snapshots.refresh()) {
			throw DeliveryException.transientFailure("The status page could not read the journal; it still shows "
					+ "the snapshot of " + this.snapshots.current().builtAt(), null);
		}
	}

}
