package se.regionjh.reservrutin.support;

import java.util.List;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;

import se.regionjh.reservrutin.faultreport.FaultReportProcess;
import se.regionjh.reservrutin.outage.OutageProcess;
import se.regionjh.reservrutin.publication.delivery.PublicationDeliveryProcess;
import se.regionjh.reservrutin.routines.RoutineDeficiencyProcess;
import se.regionjh.reservrutin.routines.RoutineReviewProcess;
import se.regionjh.reservrutin.templates.TemplateSnapshotProcess;

/**
 * The coverage every process test class asserts (README, Tests): at least 90 %
 * of the flow nodes of the one process it tests. Processes it starts on the
 * way (a fault report opening an outage, a delivery) are other classes' to
 * cover. A test class says {@code @AssertsProcessCoverage(ITS_KEY)}, which
 * puts {@code only(ITS_KEY)} in its context as the primary bean (the library
 * brings a default bean too; without primary the listener silently uses that
 * one, without an assertion: {@code ProcessCoverageTest}).
 */
public final class ProcessCoverage {

	/** README: "fail below 90 % flow-node coverage per process". */
	public static final double AT_LEAST = 0.9;

	private static final List<String> KEYS = List.of(OutageProcess.KEY, FaultReportProcess.KEY,
			PublicationDeliveryProcess.KEY, RoutineReviewProcess.KEY, RoutineDeficiencyProcess.KEY,
			TemplateSnapshotProcess.KEY);

	private ProcessCoverage() {
	}

	/** Every process of the application. */
	public static List<String> keys() {
		return KEYS;
	}

	public static ProcessEngineCoverageProperties only(String processKey) {
		if (!KEYS.contains(processKey)) {
			throw new IllegalArgumentException("Unknown process " + processKey);
		}
		return ProcessEngineCoverageProperties.builder()
			.assertClassCoverageAtLeast(AT_LEAST)
			.excludeProcessDefinitionKeys(KEYS.stream().filter((key) -> !key.equals(processKey)).toArray(String[]::new))
			.build();
	}

}
