package se.regionjh.reservrutin.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The whole application on a random port, for tests that go through Tomcat,
 * Spring Security, the engine REST API and the Camunda webapps as a client
 * would. Same database and profiles as {@link IntegrationTest}; all classes with
 * this annotation share one context. The engine the REST API and webapps find
 * by name is this context's before each test ({@link RegisteredProcessEngine}). {@link ExpressionCanary} is a bean that
 * records whether an expression ever called it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@Import(ExpressionCanary.Configuration.class)
@TestExecutionListeners(listeners = RegisteredProcessEngine.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface WebIntegrationTest {

}
