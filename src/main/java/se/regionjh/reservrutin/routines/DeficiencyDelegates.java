package se.regionjh.reservrutin.routines;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionjh.reservrutin.routines.Deficiency.Report;
import se.regionjh.reservrutin.routines.RoutineDeficiencyProcess.Vars;
import se.regionjh.reservrutin.system.ProcessValues;
import se.regionjh.reservrutin.units.Unit;
import se.regionjh.reservrutin.units.UnitRegistry;

/**
 * The service tasks of RoutineDeficiencyProcess: thin delegates over the
 * deficiency register, the central routine and the notifier.
 */
@Configuration(proxyBeanMethods = false)
class DeficiencyDelegates {

	@Bean
	JavaDelegate recordDeficiency(RoutineDeficiencies deficiencies, RoutineReviews reviews, UnitRegistry units,
			IdentityService identityService) {
		return (execution) -> {
			String reporter = ProcessValues.text(execution.getVariable(Vars.REPORTED_BY));
			if (reporter == null) {
				reporter = ProcessValues.text(execution.getVariable(Vars.STARTED_BY));
			}
			String unitId = ProcessValues.text(execution.getVariable(Vars.UNIT_ID));
			if (unitId == null && reporter != null) {
				unitId = identityService.createGroupQuery().groupMember(reporter).list().stream()
					.map(Group::getId)
					.map(units::byGroupId)
					.flatMap(java.util.Optional::stream)
					.map(Unit::id)
					.findFirst()
					.orElse(null);
			}
			String source = ProcessValues.text(execution.getVariable(Vars.SOURCE));
			Long outageId = ProcessValues.number(execution.getVariable(Vars.OUTAGE_ID));
			Long reviewId = ProcessValues.number(execution.getVariable(Vars.UNIT_REVIEW_ID));
			Deficiency deficiency = deficiencies.record(new Report(
					(source != null) ? DeficiencySource.valueOf(source) : DeficiencySource.TASKLIST,
					ProcessValues.text(execution.getVariable(Vars.DESCRIPTION)), reporter, unitId, outageId,
					ProcessValues.text(execution.getVariable(Vars.OUTAGE_REFERENCE)), reviewId),
					execution.getProcessInstanceId());
			if (reviewId != null) {
				reviews.linkDeficiency(reviewId, deficiency.id());
			}
			execution.setVariable(Vars.DEFICIENCY_ID, deficiency.id());
			execution.setVariable(Vars.REPORTER, reporter);
			execution.setVariable(Vars.UNIT_ID, unitId);
		};
	}

	@Bean
	JavaDelegate rejectDeficiency(RoutineDeficiencies deficiencies, RoutineNotifier notifier,
			RoutineMessages messages, IdentityService identityService) {
		return (execution) -> {
			Deficiency deficiency = deficiencies.reject(deficiencyId(execution),
					ProcessValues.text(execution.getVariable(Vars.REJECTION_REASON)), assessedBy(execution));
			String reporter = ProcessValues.text(execution.getVariable(Vars.REPORTER));
			User user = (reporter != null) ? identityService.createUserQuery().userId(reporter).singleResult() : null;
			if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
				notifier.send(messages.rejected(deficiency, user.getEmail()));
			}
		};
	}

	@Bean
	JavaDelegate publishRoutineVersion(RoutineDeficiencies deficiencies, CentralRoutine centralRoutine,
			RoutineNotifier notifier, RoutineMessages messages, UnitRegistry units) {
		return (execution) -> {
			long deficiencyId = deficiencyId(execution);
			RoutineVersion version = centralRoutine.revise(
					ProcessValues.text(execution.getVariable(Vars.REVISED_ROUTINE)),
					ProcessValues.text(execution.getVariable(Vars.CHANGE_SUMMARY)), deficiencyId, assessedBy(execution));
			deficiencies.revised(deficiencyId, version.changeSummary(), assessedBy(execution), version.version());
			List<String> managers = units.all().stream().map(Unit::managerEmail).distinct().toList();
			notifier.send(messages.revised(version, managers));
			execution.setVariable(Vars.ROUTINE_VERSION, (long) version.version());
		};
	}

	private static long deficiencyId(DelegateExecution execution) {
		return ProcessValues.number(execution.getVariable(Vars.DEFICIENCY_ID));
	}

	private static String assessedBy(DelegateExecution execution) {
		return ProcessValues.text(execution.getVariable(Vars.ASSESSED_BY));
	}

}
