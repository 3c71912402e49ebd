package se.regionjh.reservrutin.outage;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionjh.reservrutin.outage.NoticeRefusedException.Reason;
import se.regionjh.reservrutin.outage.OutageProcess.Messages;
import se.regionjh.reservrutin.outage.OutageProcess.Vars;
import se.regionjh.reservrutin.system.ProcessValues;
import se.regionjh.reservrutin.units.EService;
import se.regionjh.reservrutin.units.UnitRegistry;
import se.regionjh.reservrutin.system.Times;

/**
 * Takes Inera's notices into the outage process, whatever channel brought them
 * (API, functional mailbox, tests). One Inera reference is one outage: a
 * repeated planned notice returns the existing outage, and updates,
 * cancellations and resolutions correlate to the instance that carries it.
 */
@Service
@Transactional
public class OutageIntake {

	/** The actor recorded for what Inera's notices change. */
	public static final String INERA = "Inera";

	private final OutageJournal journal;

	private final RuntimeService runtimeService;

	private final UnitRegistry units;

	OutageIntake(OutageJournal journal, RuntimeService runtimeService, UnitRegistry units) {
		this.journal = journal;
		this.runtimeService = runtimeService;
		this.units = units;
	}

	/** Result of a planned notice: the outage and whether this call created it. */
	public record Received(Outage outage, boolean created) {
	}

	/** Inera's notice of a planned outage ("servicefönster"). */
	public Received plannedNotice(IneraNotice notice) {
		return open(notice, true, Messages.INERA_PLANNED_NOTICE);
	}

	/**
	 * Inera's notice of an incident that is happening now: an unplanned outage
	 * keyed on Inera's reference, so Inera's later updates and its resolved
	 * message reach it. Repeated, it joins the outage that has the reference.
	 */
	public Received incidentNotice(IneraNotice notice) {
		return open(notice, false, Messages.INERA_INCIDENT_NOTICE);
	}

	private Received open(IneraNotice notice, boolean planned, String startMessage) {
		notice.services().forEach(EService::require);
		var existing = this.journal.findByIneraReference(notice.reference());
		if (existing.isPresent()) {
			Outage outage = existing.get();
			// Inera repeats an incident notice with news: journaled; the same notice again (a retry) is not.
			if (!planned && outage.isOpen() && notice.text() != null && !notice.text().isBlank()
					&& !notice.text().equals(outage.publicText())) {
				this.journal.note(outage.id(), EntryType.INERA_UPDATE, JournalEntry.Visibility.INTERNAL, INERA, null,
						notice.text(), null);
			}
			return new Received(outage, false);
		}
		List<String> affectedUnits = this.units.unitIdsUsing(notice.services());
		String title = (notice.title() != null && !notice.title().isBlank()) ? notice.title().strip()
				: "Driftstörning i " + OutageWording.serviceNames(notice.services());
		Instant startsAt = (notice.startsAt() != null) ? notice.startsAt() : Times.now();
		Outage outage = this.journal.open(new NewOutage(notice.reference(), title, notice.services(),
				affectedUnits, planned, false, startsAt, notice.expectedEnd(), notice.text(), null),
				EntryType.INERA_NOTICE, "inera:" + notice.source(), notice.text());
		VariableMap variables = Variables.createVariables()
			.putValue(Vars.OUTAGE_ID, outage.id())
			.putValue(Vars.OUTAGE_REFERENCE, outage.reference())
			.putValue(Vars.INERA_REFERENCE, notice.reference())
			.putValue(Vars.TITLE, title)
			.putValue(Vars.SERVICES, ProcessValues.jsonList(notice.services()))
			.putValue(Vars.PLANNED, planned)
			.putValue(Vars.LOGIN_AFFECTED, false)
			.putValue(Vars.STARTS_AT, ProcessValues.formTime(startsAt))
			.putValue(Vars.EXPECTED_END, ProcessValues.formTime(notice.expectedEnd()))
			.putValue(Vars.PUBLIC_TEXT, ProcessValues.longText(notice.text()))
			.putValue(Vars.ORIGIN_TEXT, ProcessValues.longText(notice.text()));
		ProcessInstance instance = this.runtimeService.createMessageCorrelation(startMessage)
			.processInstanceBusinessKey(outage.reference())
			.setVariables(variables)
			.correlateStartMessage();
		this.journal.linkProcessInstance(outage.id(), instance.getId());
		return new Received(this.journal.require(outage.id()), true);
	}

	/** New times or new information for an outage Inera already announced. */
	public Outage updated(String reference, Instant startsAt, Instant expectedEnd, String text) {
		Outage outage = requireOpen(reference);
		VariableMap variables = Variables.createVariables()
			.putValue(Vars.ORIGIN_TEXT, ProcessValues.longText(text))
			.putValue(Vars.CHANGE_REASON, ProcessValues.longText(text))
			.putValue(Vars.CHANGED_BY, INERA);
		if (startsAt != null) {
			variables.putValue(Vars.STARTS_AT, ProcessValues.formTime(startsAt));
		}
		if (expectedEnd != null) {
			variables.putValue(Vars.EXPECTED_END, ProcessValues.formTime(expectedEnd));
		}
		correlate(Messages.INERA_UPDATED, outage, variables, "en uppdatering");
		return this.journal.require(outage.id());
	}

	public Outage cancelled(String reference, String text) {
		Outage outage = requireOpen(reference);
		correlate(Messages.INERA_CANCELLED, outage,
				Variables.createVariables()
					.putValue(Vars.CHANGE_REASON, ProcessValues.longText(text))
					.putValue(Vars.ORIGIN_TEXT, ProcessValues.longText(text))
					.putValue(Vars.CHANGED_BY, INERA),
				"en inställning (driftstoppet har redan börjat eller är inte planerat)");
		return this.journal.require(outage.id());
	}

	public Outage resolved(String reference, String text) {
		Outage outage = requireOpen(reference);
		correlate(Messages.INERA_RESOLVED, outage,
				Variables.createVariables()
					.putValue(Vars.INERA_RESOLVED_TEXT, ProcessValues.longText(text)),
				"ett åter-i-drift-besked (driftstörningen pågår inte)");
		return this.journal.require(outage.id());
	}

	private Outage requireOpen(String reference) {
		Outage outage = this.journal.findByIneraReference(reference)
			.orElseThrow(() -> new NoticeRefusedException(Reason.UNKNOWN_REFERENCE,
					"Ingen driftstörning har Ineras referens '" + reference + "'"));
		if (!outage.isOpen()) {
			throw new NoticeRefusedException(Reason.WRONG_STATE, "Driftstörning " + outage.reference() + " är redan "
					+ outage.state().label() + " och tar inte emot fler meddelanden från Inera");
		}
		return outage;
	}

	private void correlate(String message, Outage outage, VariableMap variables, String what) {
		try {
			this.runtimeService.createMessageCorrelation(message)
				.processInstanceVariableEquals(Vars.INERA_REFERENCE, outage.ineraReference())
				.setVariables(variables)
				.correlateWithResult();
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw new NoticeRefusedException(Reason.WRONG_STATE, "Driftstörning " + outage.reference() + " ("
					+ outage.state().label() + ") väntar inte på " + what);
		}
	}

}
