package se.regionjh.reservrutin.support;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
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
		webappsAfterAnotherContextClosed();
	}

	/**
	 * The webapps keep their runtime delegates in static fields, and a closing
	 * context's webapps set them to null; without them every Tasklist, Cockpit
	 * and Admin request of the contexts still running answers 500.
	 */
	private static void webappsAfterAnotherContextClosed() {
		if (Tasklist.getRuntimeDelegate() == null) {
			Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
		}
		if (Cockpit.getRuntimeDelegate() == null) {
			Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
		}
		if (Admin.getRuntimeDelegate() == null) {
			Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
		}
		if (Welcome.getRuntimeDelegate() == null) {
			Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
		}
	}

}
