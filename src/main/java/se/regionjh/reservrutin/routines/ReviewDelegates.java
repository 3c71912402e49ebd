package se.regionjh.reservrutin.routines;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionjh.reservrutin.routines.Deficiency.Report;
import se.regionjh.reservrutin.routines.RoutineReviewProcess.Vars;
import se.regionjh.reservrutin.system.ProcessValues;
import se.regionjh.reservrutin.units.Unit;
import se.regionjh.reservrutin.units.UnitRegistry;

/**
 * The service tasks of RoutineReviewProcess: thin delegates that read the
 * round and unit from the process and call the review services.
 */
@Configuration(proxyBeanMethods = false)
class ReviewDelegates {

	@Bean
	JavaDelegate openReviewRound(RoutineReviews reviews, CentralRoutine centralRoutine) {
		return (execution) -> {
			ReviewRound round = reviews.open(execution.getProcessInstanceId(), centralRoutine.current().version());
			execution.setVariable(Vars.ROUND_ID, round.id());
			execution.setVariable(Vars.DUE_AT, Date.from(round.dueAt()));
			execution.setVariable(Vars.REMIND_AT, Date.from(reviews.reminderAt(round)));
			execution.setVariable(Vars.CENTRAL_VERSION, (long) round.centralVersion());
		};
	}

	@Bean
	JavaDelegate remindUnitManager(RoutineReviews reviews, UnitRegistry units, RoutineNotifier notifier,
			RoutineMessages messages) {
		return (execution) -> {
			long roundId = roundId(execution);
			Unit unit = units.require(unitId(execution));
			reviews.markReminded(roundId, unit.id());
			notifier.send(messages.reminder(unit, reviews.round(roundId).orElseThrow(), reference(roundId, unit)));
		};
	}

	@Bean
	JavaDelegate escalateOverdueReview(RoutineReviews reviews, UnitRegistry units, RoutineNotifier notifier,
			RoutineMessages messages, @Value("${reservrutin.mail.functional-mailbox}") String managementMailbox) {
		return (execution) -> {
			long roundId = roundId(execution);
			Unit unit = units.require(unitId(execution));
			reviews.markEscalated(roundId, unit.id());
			notifier.send(messages.escalation(unit, reviews.round(roundId).orElseThrow(), managementMailbox,
					reference(roundId, unit)));
		};
	}

	@Bean
	JavaDelegate recordRoutineReview(RoutineReviews reviews, LocalRoutines localRoutines) {
		return (execution) -> {
			String unitId = unitId(execution);
			UnitReview.Answers answers = RoutineReviewTask.answers(execution);
			String reviewedBy = ProcessValues.text(execution.getVariable(Vars.REVIEWED_BY));
			UnitReview review = reviews.complete(roundId(execution), unitId, answers, reviewedBy);
			execution.setVariable(Vars.UNIT_REVIEW_ID, review.id());
			if (answers.hasLocalRoutine() && answers.localRoutineLink() != null) {
				boolean known = localRoutines.current(unitId)
					.filter((current) -> current.versionLabel().equals(answers.localRoutineVersion())
							&& answers.localRoutineLink().equals(current.link()))
					.isPresent();
				if (!known) {
					localRoutines.record(unitId, answers.localRoutineVersion(), null, answers.localRoutineLink(),
							reviewedBy, LocalRoutines.SOURCE_REVIEW);
				}
			}
		};
	}

	@Bean
	JavaDelegate reportReviewDeficiency(RoutineDeficiencies deficiencies) {
		return (execution) -> deficiencies.report(new Report(DeficiencySource.REVIEW,
				ProcessValues.text(execution.getVariable(Vars.DEFICIENCY_DESCRIPTION)),
				ProcessValues.text(execution.getVariable(Vars.REVIEWED_BY)), unitId(execution), null, null,
				(Long) execution.getVariable(Vars.UNIT_REVIEW_ID)));
	}

	@Bean
	JavaDelegate closeReviewRound(RoutineReviews reviews) {
		return (execution) -> reviews.close(roundId(execution));
	}

	private static long roundId(DelegateExecution execution) {
		return ProcessValues.number(execution.getVariable(Vars.ROUND_ID));
	}

	private static String unitId(DelegateExecution execution) {
		return (String) execution.getVariable(Vars.UNIT_ID);
	}

	private static String reference(long roundId, Unit unit) {
		return "review-round-" + roundId + "/" + unit.id();
	}

}
