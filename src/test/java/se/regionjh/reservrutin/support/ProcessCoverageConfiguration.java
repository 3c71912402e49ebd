package se.regionjh.reservrutin.support;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateListener;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.model.CoreModelElement;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The coverage library, made to work with the engine's authorization checks
 * on. Its listener on every activity and flow asks the repository for the
 * process definition's key as whoever is signed in: a unit manager who
 * completes a review task has no READ on {@code RoutineReviewProcess}, so the
 * listener's query failed the user's own completion with an
 * {@code AuthorizationException}, and the test then tested the library, not
 * the application. This configuration wraps that listener, and only that one,
 * so it runs without authorization checks; every command of the application
 * itself is still checked as the signed-in user
 * ({@code ProcessCoverageTest#theCoverageListenerDoesNotNeedTheSignedInUserToReadTheModel}).
 *
 * <p>
 * Process test classes use {@link AssertsProcessCoverage}, which imports this.
 */
@TestConfiguration
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverageConfiguration {

	private static final String COVERAGE_PACKAGE = "org.camunda.community.process_test_coverage.";

	@Bean
	AbstractProcessEnginePlugin coverageListenersWithoutAuthorization() {
		return new AbstractProcessEnginePlugin() {

			@Override
			public void preInit(ProcessEngineConfigurationImpl configuration) {
				// The library adds its parse listener here too; which plugin runs
				// first does not matter, since the wrapping happens once the whole
				// model is parsed (parseRootElement is the last callback).
				if (configuration.getCustomPostBPMNParseListeners() == null) {
					configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
				}
				configuration.getCustomPostBPMNParseListeners().add(new WrapCoverageListeners());
			}

		};
	}

	/** After parsing, replaces each coverage listener on the model by one that runs it without authorization. */
	static final class WrapCoverageListeners extends AbstractBpmnParseListener implements BpmnParseListener {

		@Override
		public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
			processDefinitions.forEach(WrapCoverageListeners::wrapIn);
		}

		private static void wrapIn(ScopeImpl scope) {
			wrapListenersOf(scope);
			for (ActivityImpl activity : scope.getActivities()) {
				for (PvmTransition transition : activity.getOutgoingTransitions()) {
					wrapListenersOf((TransitionImpl) transition);
				}
				wrapIn(activity);
			}
		}

		private static void wrapListenersOf(CoreModelElement element) {
			wrapAll(element.getListeners());
			wrapAll(element.getBuiltInListeners());
		}

		private static void wrapAll(Map<String, List<DelegateListener<? extends BaseDelegateExecution>>> byEvent) {
			byEvent.values()
				.forEach((listeners) -> listeners
					.replaceAll((listener) -> isCoverage(listener) ? new WithoutAuthorization((ExecutionListener) listener)
							: listener));
		}

		private static boolean isCoverage(DelegateListener<?> listener) {
			return listener instanceof ExecutionListener && listener.getClass().getName().startsWith(COVERAGE_PACKAGE);
		}

	}

	private record WithoutAuthorization(ExecutionListener coverage) implements ExecutionListener {

		@Override
		public void notify(DelegateExecution execution) {
			Context.getCommandContext().runWithoutAuthorization(() -> {
				this.coverage.notify(execution);
				return null;
			});
		}

	}

}
