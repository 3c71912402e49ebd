package se.regionjh.reservrutin.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The whole application served on a random port, as a browser or an HTTP
 * client sees it: the test database and demo users of {@link IntegrationTest},
 * but with the job executor on, so asynchronous steps run by themselves as in
 * production. All classes with this annotation share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles({ "demo", "test" })
@TestExecutionListeners(listeners = RegisteredProcessEngine.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface RunningApplication {

}
