package se.regionjh.reservrutin.publication.delivery;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.outage.Publication;

/**
 * {@code Task_DeliverPublication}: sends one delivery through its channel (a
 * routine notice through the {@link NoticeSender}), unless it was sent. A
 * failure is thrown, so the engine rolls the attempt back and
 * {@link DeliveryFailures} records it and spaces the retry.
 */
@Component("deliverPublication")
class DeliverPublication implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(DeliverPublication.class);

	private final Map<DeliveryChannel, ChannelAdapter> channels = new EnumMap<>(DeliveryChannel.class);

	private final DeliveryLog deliveries;

	private final OutageJournal journal;

	private final NoticeSender notices;

	DeliverPublication(List<ChannelAdapter> channels, DeliveryLog deliveries, OutageJournal journal,
			NoticeSender notices) {
		channels.forEach((channel) -> this.channels.put(channel.channel(), channel));
		this.deliveries = deliveries;
		this.journal = journal;
		this.notices = notices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long deliveryId = ((Number) execution.getVariable(PublicationDeliveryProcess.Vars.DELIVERY_ID)).longValue();
		Delivery delivery = this.deliveries.find(deliveryId)
			.orElseThrow(() -> DeliveryException.permanent("Delivery " + deliveryId + " is not in the log", null));
		if (delivery.state() == DeliveryState.SENT) {
			log.info("Delivery {} was already sent; not sending it again", deliveryId);
			return;
		}
		if (delivery.routineNoticeId() != null) {
			this.notices.deliver(delivery.routineNoticeId(), delivery.target());
			this.deliveries.markSent(deliveryId);
			log.info("Delivery {} of routine notice {} sent to {}", deliveryId, delivery.routineNoticeId(),
					delivery.target());
			return;
		}
		Publication publication = this.journal.publication(delivery.publicationId())
			.orElseThrow(() -> DeliveryException.permanent("Publication " + delivery.publicationId()
					+ " of delivery " + deliveryId + " does not exist", null));
		ChannelAdapter channel = this.channels.get(delivery.channel());
		if (channel == null) {
			throw DeliveryException.permanent("No adapter for channel " + delivery.channel(), null);
		}
		channel.deliver(publication, delivery.target());
		this.deliveries.markSent(deliveryId);
		log.info("Delivery {} of publication {} sent by {} to {}", deliveryId, publication.id(), delivery.channel(),
				delivery.target());
	}

}
