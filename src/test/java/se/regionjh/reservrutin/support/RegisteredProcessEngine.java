package se.regionjh.reservrutin.support;

import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Camunda finds the engine by name in two JVM-wide registries: the REST API in
 * {@link ProcessEngines}, the webapps (Tasklist, Cockpit, Admin) in the runtime
 * container. There the engine of the last Spring context started wins, and a
 * context that closes takes "default" away. With the cached test contexts in
 * one JVM, a test could otherwise talk to another context's engine and
 * database, or to none. Before each test, this puts the test's own engine back
 * in both.
 */
public class RegisteredProcessEngine extends AbstractTestExecutionListener {

	@Override
	public void prepareTestInstance(TestContext testContext) {
		ProcessEngine engine = testContext.getApplicationContext().getBean(ProcessEngine.class);
		ProcessEngines.registerProcessEngine(engine);
		RuntimeContainerDelegate container = RuntimeContainerDelegate.INSTANCE.get();
		ProcessEngine registered = container.getProcessEngineService().getProcessEngine(engine.getName());
		if (registered != engine) {
			if (registered != null) {
				// Only takes it out of the registry: an engine registered from outside is not closed by this.
				container.unregisterProcessEngine(registered);
			}
			container.registerProcessEngine(engine);
		}
	}

}
