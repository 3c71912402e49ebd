package se.regionjh.reservrutin.faultreport;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionjh.reservrutin.faultreport.FaultReportProcess.Decisions;
import se.regionjh.reservrutin.faultreport.FaultReportProcess.Vars;
import se.regionjh.reservrutin.outage.EntryType;
import se.regionjh.reservrutin.outage.JournalEntry.Visibility;
import se.regionjh.reservrutin.system.ProcessValues;
import se.regionjh.reservrutin.outage.OutageWording;
import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.outage.OutageProcess;
import se.regionjh.reservrutin.outage.OutageState;
import se.regionjh.reservrutin.publication.mail.PublicationMailProperties;
import se.regionjh.reservrutin.routines.RoutineNotifier;
import se.regionjh.reservrutin.system.FormErrors;
import se.regionjh.reservrutin.units.EService;
import se.regionjh.reservrutin.units.Unit;
import se.regionjh.reservrutin.units.UnitRegistry;

import static se.regionjh.reservrutin.system.ProcessValues.strings;
import static se.regionjh.reservrutin.system.ProcessValues.text;

/**
 * The steps of FaultReportProcess.bpmn.
 */
@Configuration(proxyBeanMethods = false)
class FaultReportDelegates {

	private static final List<OutageState> ATTACHABLE = TriageOutageOptions.ATTACHABLE;

	private final FaultReports reports;

	private final OutageJournal journal;

	private final UnitRegistry units;

	private final TriageOutageOptions outageOptions;

	FaultReportDelegates(FaultReports reports, OutageJournal journal, UnitRegistry units,
			TriageOutageOptions outageOptions) {
		this.outageOptions = outageOptions;
		this.reports = reports;
		this.journal = journal;
		this.units = units;
	}

	@Bean
	ExecutionListener faultReportValidator() {
		return (execution) -> {
			FormErrors errors = new FormErrors();
			String description = text(execution.getVariable(Vars.DESCRIPTION));
			errors.require(description != null, "Beskriv vad som inte fungerar.");
			errors.require(description == null || description.length() <= 5000, "Beskrivningen får vara högst 5000 tecken.");
			strings(execution.getVariable(Vars.SERVICES)).stream()
				.filter((id) -> EService.byId(id).isEmpty())
				.forEach((id) -> errors.add("Okänd tjänst: '" + id + "'."));
			errors.throwIfAny();
		};
	}

	@Bean
	JavaDelegate registerFaultReport(IdentityService identityService) {
		return (execution) -> {
			Object id = execution.getVariable(Vars.FAULT_REPORT_ID);
			long reportId;
			if (id == null) {
				String reporter = text(execution.getVariable(Vars.REPORTER));
				String unitId = unitOf(identityService, reporter);
				reportId = this.reports.insert(new NewFaultReport(reporter, unitId,
						strings(execution.getVariable(Vars.SERVICES)), text(execution.getVariable(Vars.DESCRIPTION)),
						text(execution.getVariable(Vars.CONTACT)), FaultReportSource.TASKLIST),
						execution.getProcessInstanceId());
				execution.setVariable(Vars.FAULT_REPORT_ID, reportId);
				execution.setVariable(Vars.UNIT_ID, unitId);
			}
			else {
				reportId = ((Number) id).longValue();
				this.reports.linkProcessInstance(reportId, execution.getProcessInstanceId());
			}
			FaultReport report = this.reports.require(reportId);
			execution.setProcessBusinessKey("FA-" + reportId);
			execution.setVariable(Vars.REPORTER_UNIT_NAME,
					(report.unitId() != null) ? this.units.find(report.unitId()).map(Unit::name).orElse(report.unitId())
							: "okänd");
			execution.setVariable(Vars.SERVICES_TEXT,
					report.services().isEmpty() ? "ej angivet" : OutageWording.serviceNames(report.services()));
			execution.setVariable(Vars.OUTAGE_OPTIONS, this.outageOptions.current());
		};
	}

	private String unitOf(IdentityService identityService, String userId) {
		if (userId == null) {
			return null;
		}
		return identityService.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.map(this.units::byGroupId)
			.flatMap(java.util.Optional::stream)
			.map(Unit::id)
			.findFirst()
			.orElse(null);
	}

	/** A report arrived: management's mailbox is told, with the triage's deadline. */
	@Bean
	TaskListener alertManagementOfFaultReport(RoutineNotifier notifier, PublicationMailProperties mail) {
		String managementMailbox = mail.functionalMailbox();
		return (task) -> {
			FaultReport report = this.reports.require(((Number) task.getVariable(Vars.FAULT_REPORT_ID)).longValue());
			String from = text(task.getVariable(Vars.REPORTER_UNIT_NAME));
			notifier.send(new RoutineNotifier.Notice(RoutineNotifier.Kind.FAULT_REPORT_RECEIVED,
					List.of(managementMailbox), subject(report, "Ny felanmälan"),
					"En felanmälan har kommit in från " + ((report.reporter() != null) ? report.reporter() + ", " : "")
							+ from + ".\nTjänster: " + text(task.getVariable(Vars.SERVICES_TEXT)) + ".\n\n"
							+ excerpt(report.description()) + "\n\nBedöm felanmälan i Tasklist (uppgiften "
							+ "\"Bedöm felanmälan\"), senast " + OutageWording.time(task.getDueDate().toInstant()) + ".",
					reference(report)));
		};
	}

	@Bean
	JavaDelegate remindTriage(RoutineNotifier notifier, PublicationMailProperties mail) {
		String managementMailbox = mail.functionalMailbox();
		return (execution) -> {
			FaultReport report = report(execution);
			notifier.send(new RoutineNotifier.Notice(RoutineNotifier.Kind.TRIAGE_OVERDUE, List.of(managementMailbox),
					subject(report, "Felanmälan inte bedömd"),
					"Felanmälan " + reference(report) + " kom in " + OutageWording.time(report.reportedAt())
							+ " och är inte bedömd än. Den som anmälde väntar på svar. Bedöm den i Tasklist "
							+ "(uppgiften \"Bedöm felanmälan\").\n\n" + excerpt(report.description()),
					reference(report)));
		};
	}

	@Bean
	JavaDelegate escalateTriage(RoutineNotifier notifier, PublicationMailProperties mail) {
		String managementMailbox = mail.functionalMailbox();
		return (execution) -> {
			FaultReport report = report(execution);
			notifier.send(new RoutineNotifier.Notice(RoutineNotifier.Kind.TRIAGE_ESCALATION,
					List.of(managementMailbox), "BRÅDSKANDE " + subject(report, "Felanmälan fortfarande inte bedömd"),
					"Felanmälan " + reference(report) + " från " + OutageWording.time(report.reportedAt())
							+ " är fortfarande inte bedömd. Kan det vara en driftstörning som ingen har bedömt? "
							+ "Bedöm den nu.\n\n" + excerpt(report.description()),
					reference(report)));
		};
	}

	private static String reference(FaultReport report) {
		return "FA-" + report.id();
	}

	private static String subject(FaultReport report, String what) {
		return (report.services().isEmpty() ? "" : "[" + OutageWording.serviceNames(report.services()) + "] ") + what + " "
				+ reference(report);
	}

	private static String excerpt(String description) {
		String text = (description != null) ? description.strip() : "";
		return (text.length() <= 1000) ? text : text.substring(0, 1000) + " …";
	}

	@Bean
	TaskListener triageValidator() {
		return (task) -> {
			FormErrors errors = new FormErrors();
			String decision = text(task.getVariable(Vars.DECISION));
			errors.require(List.of(Decisions.ATTACH, Decisions.DECLARE, Decisions.DISMISS).contains(decision),
					"Välj ett beslut.");
			String answer = text(task.getVariable(Vars.ANSWER));
			errors.require(answer != null, "Skriv ett svar till den som anmälde.");
			errors.require(answer == null || answer.length() <= 5000, "Svaret får vara högst 5000 tecken.");
			if (Decisions.ATTACH.equals(decision)) {
				String outageId = text(task.getVariable(Vars.ATTACH_TO_OUTAGE));
				boolean open = false;
				try {
					open = outageId != null && this.journal.find(Long.parseLong(outageId))
						.map((outage) -> ATTACHABLE.contains(outage.state()))
						.orElse(false);
				}
				catch (NumberFormatException ex) {
					// reported below
				}
				errors.require(open, "Välj en pågående driftstörning att koppla anmälan till.");
			}
			errors.throwIfAny();
		};
	}

	@Bean
	JavaDelegate attachFaultReport() {
		return (execution) -> {
			FaultReport report = report(execution);
			long outageId = Long.parseLong(text(execution.getVariable(Vars.ATTACH_TO_OUTAGE)));
			Outage outage = this.journal.require(outageId);
			this.reports.answer(report.id(), FaultReportState.ATTACHED, outageId, answer(execution), triagedBy(execution));
			this.journal.note(outageId, EntryType.FAULT_REPORT, Visibility.INTERNAL, report.reporter(), report.unitId(),
					report.description(), "{\"faultReportId\":" + report.id() + "}");
			execution.setVariable(Vars.DECISION_TEXT, "Del av driftstörning " + outage.reference() + " " + outage.title());
		};
	}

	@Bean
	JavaDelegate declareOutageFromReport(RuntimeService runtimeService) {
		return (execution) -> {
			FaultReport report = report(execution);
			this.reports.answer(report.id(), FaultReportState.DECLARED, null, answer(execution), triagedBy(execution));
			runtimeService.createMessageCorrelation(OutageProcess.Messages.DECLARED_FROM_FAULT_REPORT)
				.setVariables(Variables.createVariables()
					.putValue(OutageProcess.Vars.FAULT_REPORT_ID, report.id())
					.putValue(OutageProcess.Vars.SERVICES, ProcessValues.jsonList(report.services()))
					.putValue(OutageProcess.Vars.ORIGIN_TEXT, ProcessValues.longText(report.description()))
					.putValue(OutageProcess.Vars.PUBLIC_TEXT, ProcessValues.longText(report.description()))
					.putValue(OutageProcess.Vars.STARTS_AT, ProcessValues.formTime(report.reportedAt()))
					.putValue(OutageProcess.Vars.TRIAGED_BY, triagedBy(execution)))
				.correlateStartMessage();
			execution.setVariable(Vars.DECISION_TEXT, "Ny driftstörning");
		};
	}

	@Bean
	JavaDelegate dismissFaultReport() {
		return (execution) -> {
			FaultReport report = report(execution);
			this.reports.answer(report.id(), FaultReportState.DISMISSED, null, answer(execution), triagedBy(execution));
			execution.setVariable(Vars.DECISION_TEXT, "Inte en driftstörning");
		};
	}

	private FaultReport report(DelegateExecution execution) {
		return this.reports.require(((Number) execution.getVariable(Vars.FAULT_REPORT_ID)).longValue());
	}

	private static String answer(DelegateExecution execution) {
		return text(execution.getVariable(Vars.ANSWER));
	}

	private static String triagedBy(DelegateExecution execution) {
		return text(execution.getVariable(Vars.TRIAGED_BY));
	}

}
