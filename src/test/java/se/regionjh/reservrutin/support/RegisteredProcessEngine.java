package se.regionjh.reservrutin.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Camunda's REST API and webapps find the engine by name in a JVM-wide
 * registry, where the engine of the last Spring context started wins. With the
 * cached test contexts of {@link IntegrationTest} and {@link RunningApplication}
 * in one JVM, Tasklist could otherwise talk to the other context's engine and
 * database. Before each test, this puts the test's own engine back.
 */
public class RegisteredProcessEngine extends AbstractTestExecutionListener {

	@Override
	public void prepareTestInstance(TestContext testContext) {
		ProcessEngines.registerProcessEngine(testContext.getApplicationContext().getBean(ProcessEngine.class));
	}

}
