package se.regionjh.reservrutin.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A process test class asserts, after its last test, that its tests together
 * passed at least {@link ProcessCoverage#AT_LEAST} of the flow nodes of the
 * one process {@link #value() it names} (README, Tests). Processes it starts
 * on the way are other classes' to cover.
 *
 * <p>
 * {@link ProcessCoverageContextCustomizerFactory} puts the coverage library
 * into the test's context ({@link ProcessCoverageConfiguration}) with the
 * settings of {@link ProcessCoverage#only(String)} as the primary bean.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface AssertsProcessCoverage {

	/** The key of the process whose coverage is asserted. */
	String value();

}
