package se.regionjh.reservrutin.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The whole application on the test database (H2 in memory, or embedded
 * PostgreSQL 15 when run with -Dreservrutin.test.database=postgres), with the
 * demo users and the job executor off. All classes with this annotation share
 * one Spring context, so tests must not assume an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ActiveProfiles({ "demo", "test" })
@TestExecutionListeners(listeners = RegisteredProcessEngine.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegrationTest {

}
