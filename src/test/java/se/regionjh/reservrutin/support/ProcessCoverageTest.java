package se.regionjh.reservrutin.support;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.util.ClassUtils;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import se.regionjh.reservrutin.faultreport.FaultReportProcess;
import se.regionjh.reservrutin.outage.OutageProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverage listener takes its settings with getBean(type), and on any
 * failure falls back, silently, to defaults without an assertion. The
 * library's configuration brings a default bean of its own, so a process
 * test's bean must be primary to be the one found: without it no process
 * test asserted its coverage (FaultReportProcessTest logged 0.19 and passed).
 */
class ProcessCoverageTest {

	@Test
	void aProcessTestsCoverageSettingsAreTheOnesTheListenerFinds() {
		new ApplicationContextRunner().withUserConfiguration(ProcessEngineCoverageConfiguration.class, Settings.class)
			.run((context) -> {
				ProcessEngineCoverageProperties found = context.getBean(ProcessEngineCoverageProperties.class);
				assertThat(found.getClassCoverageAssertionConditions()).hasSize(1);
				assertThat(found.getClassCoverageAssertionConditions().get(0).matches(ProcessCoverage.AT_LEAST))
					.isTrue();
				assertThat(found.getClassCoverageAssertionConditions().get(0).matches(0.89)).isFalse();
				assertThat(found.getExcludedProcessDefinitionKeys()).contains(OutageProcess.KEY)
					.doesNotContain(FaultReportProcess.KEY);
			});
	}

	@Test
	void aTestClassThatNamesItsProcessGetsThatProcesssSettingsAsThePrimaryBean() {
		ContextCustomizer customizer = new ProcessCoverageContextCustomizerFactory()
			.createContextCustomizer(CoversFaultReports.class, List.of());
		assertThat(customizer).isNotNull();
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.registerBean(CamundaBpmProperties.class, CamundaBpmProperties::new);
			customizer.customizeContext(context, null);
			context.refresh();
			ProcessEngineCoverageProperties found = context.getBean(ProcessEngineCoverageProperties.class);
			assertThat(found).isSameAs(context.getBean(ProcessCoverageContextCustomizerFactory.SETTINGS_BEAN));
			assertThat(found.getClassCoverageAssertionConditions()).hasSize(1);
			assertThat(found.getExcludedProcessDefinitionKeys()).contains(OutageProcess.KEY)
				.doesNotContain(FaultReportProcess.KEY);
		}
		assertThat(new ProcessCoverageContextCustomizerFactory().createContextCustomizer(ProcessCoverageTest.class,
				List.of()))
			.isNull();
	}

	@Test
	void everyProcessHasATestClassThatAssertsItsCoverage() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(AssertsProcessCoverage.class));
		Set<String> covered = scanner.findCandidateComponents("se.regionjh.reservrutin")
			.stream()
			.map((candidate) -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
			.filter((type) -> !type.equals(CoversFaultReports.class))
			.map((type) -> type.getAnnotation(AssertsProcessCoverage.class).value())
			.collect(Collectors.toSet());
		assertThat(covered).containsExactlyInAnyOrderElementsOf(ProcessCoverage.keys());
	}

	@AssertsProcessCoverage(FaultReportProcess.KEY)
	static class CoversFaultReports {

	}

	@Configuration(proxyBeanMethods = false)
	static class Settings {

		/** What the library's configuration needs from the Camunda starter. */
		@Bean
		CamundaBpmProperties camundaBpmProperties() {
			return new CamundaBpmProperties();
		}

		@Bean
		@Primary
		ProcessEngineCoverageProperties coverageProperties() {
			return ProcessCoverage.only(FaultReportProcess.KEY);
		}

	}

}
