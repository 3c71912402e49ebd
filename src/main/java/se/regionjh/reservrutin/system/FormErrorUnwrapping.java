package se.regionjh.reservrutin.system;

import java.util.ArrayList;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task or execution listener throws (ENGINE-03051),
 * which turns a refused form into a 500 with a technical prefix. This
 * interceptor, outside the transaction, rethrows the form validation error
 * itself, so the REST API and Tasklist answer 400 with the Swedish message.
 */
@Component
class FormErrorUnwrapping extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		add(configuration.getCustomPreCommandInterceptorsTxRequired(), configuration, true);
		add(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), configuration, false);
	}

	private static void add(java.util.List<CommandInterceptor> current, ProcessEngineConfigurationImpl configuration,
			boolean required) {
		java.util.List<CommandInterceptor> interceptors = new ArrayList<>();
		interceptors.add(new Unwrap());
		if (current != null) {
			interceptors.addAll(current);
		}
		if (required) {
			configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
		}
		else {
			configuration.setCustomPreCommandInterceptorsTxRequiresNew(interceptors);
		}
	}

	static final class Unwrap extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			try {
				return this.next.execute(command);
			}
			catch (ProcessEngineException ex) {
				Throwable cause = ex.getCause();
				while (cause != null) {
					if (cause instanceof FormFieldValidationException validation) {
						throw validation;
					}
					cause = cause.getCause();
				}
				throw ex;
			}
		}

	}

}
