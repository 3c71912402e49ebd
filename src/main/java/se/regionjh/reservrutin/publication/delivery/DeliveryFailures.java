package se.regionjh.reservrutin.publication.delivery;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What happens after a delivery job failed, in the engine's own failed-job
 * transaction: the standard retry strategy (the task's
 * {@code failedJobRetryTimeCycle}) runs first; then a permanent failure sets
 * the retries to 0, which raises the incident at once, and a Retry-After
 * pushes the due date out; finally the delivery log gets the attempt, the
 * error and the next attempt, committed together with the job's new state.
 * Jobs of other processes keep the standard strategy untouched.
 */
@Component
class DeliveryFailures extends AbstractProcessEnginePlugin implements FailedJobCommandFactory {

	private static final Logger log = LoggerFactory.getLogger(DeliveryFailures.class);

	private final DeliveryLog deliveries;

	DeliveryFailures(DeliveryLog deliveries) {
		this.deliveries = deliveries;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setFailedJobCommandFactory(this);
	}

	@Override
	public Command<Object> getCommand(String jobId, Throwable exception) {
		DefaultJobRetryCmd standard = new DefaultJobRetryCmd(jobId, exception);
		return (commandContext) -> {
			standard.execute(commandContext);
			JobEntity job = commandContext.getJobManager().findJobById(jobId);
			if (job != null && job.getExecutionId() != null) {
				afterStandardStrategy(commandContext, job, exception);
			}
			return null;
		};
	}

	private void afterStandardStrategy(CommandContext commandContext, JobEntity job, Throwable exception) {
		ExecutionEntity execution = commandContext.getExecutionManager().findExecutionById(job.getExecutionId());
		Object deliveryId = (execution != null) ? execution.getVariable(PublicationDeliveryProcess.Vars.DELIVERY_ID)
				: null;
		if (!(deliveryId instanceof Number id) || !isDeliveryJob(execution)) {
			return;
		}
		DeliveryException failure = deliveryException(exception);
		if (failure != null && failure.permanent()) {
			// 0 retries creates the failed-job incident with the job's exception message.
			job.setRetries(0);
		}
		else if (failure != null && failure.retryAfter() != null && job.getRetries() > 0) {
			Date asked = Date.from(ClockUtil.getCurrentTime().toInstant().plus(failure.retryAfter()));
			if (job.getDuedate() == null || asked.after(job.getDuedate())) {
				job.setDuedate(asked);
			}
		}
		boolean retriesLeft = job.getRetries() > 0;
		Instant next = (retriesLeft && job.getDuedate() != null) ? job.getDuedate().toInstant() : null;
		String message = (failure != null) ? failure.getMessage() : describe(exception);
		this.deliveries.markFailed(id.longValue(), retriesLeft, message, next);
		log.warn("Delivery {} failed ({}): {}", id, retriesLeft ? "retry at " + next : "incident raised", message);
	}

	private static boolean isDeliveryJob(ExecutionEntity execution) {
		return execution.getProcessDefinition() != null
				&& PublicationDeliveryProcess.KEY.equals(execution.getProcessDefinition().getKey());
	}

	private static DeliveryException deliveryException(Throwable exception) {
		for (Throwable t = exception; t != null; t = t.getCause()) {
			if (t instanceof DeliveryException delivery) {
				return delivery;
			}
		}
		return null;
	}

	private static String describe(Throwable exception) {
		Throwable root = exception;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
