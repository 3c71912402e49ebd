package se.regionjh.reservrutin.publication.delivery;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.outage.JournalEvents.PublicationRecorded;
import se.regionjh.reservrutin.outage.Publication;

/**
 * Turns each recorded publication into deliveries, in the transaction that
 * recorded it: one row per channel and target, and for each configured one a
 * {@code PublicationDeliveryProcess} instance whose first step is an async job.
 * The job only exists once the publication commits, and it stays in the
 * database until it succeeds or a person resolves its incident. Routine
 * notices come in through {@link #enqueueNotice} and go the same way.
 */
@Component
public class DeliveryOutbox {

	private static final Logger log = LoggerFactory.getLogger(DeliveryOutbox.class);

	private final List<ChannelAdapter> channels;

	private final DeliveryLog deliveries;

	private final RuntimeService runtimeService;

	DeliveryOutbox(List<ChannelAdapter> channels, DeliveryLog deliveries, RuntimeService runtimeService) {
		this.channels = channels;
		this.deliveries = deliveries;
		this.runtimeService = runtimeService;
	}

	@EventListener
	void onPublicationRecorded(PublicationRecorded event) {
		Publication publication = event.publication();
		for (ChannelAdapter channel : this.channels) {
			for (ChannelAdapter.Target target : channel.targets(publication)) {
				enqueue(publication, channel.channel(), target);
			}
		}
	}

	private void enqueue(Publication publication, DeliveryChannel channel, ChannelAdapter.Target target) {
		if (!target.configured()) {
			this.deliveries.record(publication.id(), channel, target.address(), DeliveryState.NOT_CONFIGURED);
			log.debug("Publication {}: {} has no configuration for {}; recorded as not configured", publication.id(),
					channel, target.address());
			return;
		}
		start(this.deliveries.record(publication.id(), channel, target.address(), DeliveryState.PENDING));
	}

	/**
	 * Records the e-mail of one routine notice row (one recipient) in the
	 * caller's transaction, and when SMTP is configured starts its delivery,
	 * which {@link NoticeSender} sends.
	 */
	public void enqueueNotice(long routineNoticeId, String recipient, boolean configured) {
		if (!configured) {
			this.deliveries.recordNotice(routineNoticeId, recipient, DeliveryState.NOT_CONFIGURED);
			return;
		}
		start(this.deliveries.recordNotice(routineNoticeId, recipient, DeliveryState.PENDING));
	}

	private void start(long deliveryId) {
		ProcessInstance instance = this.runtimeService.startProcessInstanceByMessage(
				PublicationDeliveryProcess.Messages.PUBLICATION_RECORDED,
				PublicationDeliveryProcess.businessKey(deliveryId),
				Variables.createVariables().putValue(PublicationDeliveryProcess.Vars.DELIVERY_ID, deliveryId));
		this.deliveries.linkProcessInstance(deliveryId, instance.getId());
	}

}
