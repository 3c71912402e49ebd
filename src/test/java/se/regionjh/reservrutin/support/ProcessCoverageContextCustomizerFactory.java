package se.regionjh.reservrutin.support;

import java.util.List;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotatedBeanDefinitionReader;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Reads {@link AssertsProcessCoverage} from a test class and adds the coverage
 * library with that process's settings to the test's context (registered in
 * {@code META-INF/spring.factories}). The settings bean is primary: the
 * library brings a default bean of its own, and its listener, finding two,
 * silently falls back to defaults without an assertion
 * ({@code ProcessCoverageTest}).
 */
public class ProcessCoverageContextCustomizerFactory implements ContextCustomizerFactory {

	static final String SETTINGS_BEAN = "reservrutinProcessCoverageProperties";

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AssertsProcessCoverage coverage = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AssertsProcessCoverage.class);
		return (coverage != null) ? new Customizer(coverage.value()) : null;
	}

	private record Customizer(String processKey) implements ContextCustomizer {

		Customizer {
			ProcessCoverage.only(processKey); // fails early on an unknown key
		}

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			BeanDefinitionRegistry registry = (BeanDefinitionRegistry) context.getBeanFactory();
			new AnnotatedBeanDefinitionReader(registry).register(ProcessCoverageConfiguration.class);
			registry.registerBeanDefinition(SETTINGS_BEAN,
					BeanDefinitionBuilder
						.genericBeanDefinition(ProcessEngineCoverageProperties.class,
								() -> ProcessCoverage.only(this.processKey))
						.setPrimary(true)
						.getBeanDefinition());
		}

	}

}
