package se.regionjh.reservrutin.security;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.regionjh.reservrutin.faultreport.FaultReportProcess;
import se.regionjh.reservrutin.outage.OutageProcess;
import se.regionjh.reservrutin.routines.RoutineDeficiencyProcess;
import se.regionjh.reservrutin.routines.RoutineReviewProcess;
import se.regionjh.reservrutin.support.IntegrationTest;
import se.regionjh.reservrutin.templates.TemplateSnapshotProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each feature with user tasks declares what its process sets itself, and the
 * variable guard refuses those names from outside ({@code TaskVariableGuardTest}
 * shows the refusal over HTTP). The names are the ones the guard listed as
 * literals before each feature declared its own.
 */
@IntegrationTest
class SystemVariablesTest {

	@Autowired
	List<SystemVariables> declared;

	@Test
	void everyProcessWithUserTasksDeclaresWhatItSetsItself() {
		assertThat(this.declared).extracting(SystemVariables::processKey)
			.containsExactlyInAnyOrder(OutageProcess.KEY, FaultReportProcess.KEY, RoutineReviewProcess.KEY,
					RoutineDeficiencyProcess.KEY, TemplateSnapshotProcess.KEY);
	}

	@Test
	void theGuardRefusesEveryNameTheFeaturesDeclare() {
		assertThat(SystemVariables.union(this.declared)).isEqualTo(Set.of("outageId", "outageReference", "unitId",
				"unitName", "reporterUnitId", "reporter", "faultReportId", "source", "reviewRoundId", "unitReviewId",
				"deficiencyId", "snapshotId", "routineVersion", "centralRoutineVersion", "declaredBy", "assessedBy",
				"updatedBy", "changedBy", "reviewedBy", "reviewsClosedBy", "closedBy", "triagedBy", "reportedBy",
				"startedBy", "savedBy"));
	}

}
