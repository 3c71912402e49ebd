package se.regionjh.reservrutin.faultreport;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import se.regionjh.reservrutin.faultreport.FaultReportProcess.Vars;
import se.regionjh.reservrutin.outage.JournalEvents.JournalChanged;
import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.outage.OutageState;

/**
 * The outages "Bedöm felanmälan" offers to attach a report to. Set when the
 * report is registered, and brought up to date in every open triage whenever
 * an outage changes (opened, assessed, started, resolved, cancelled), so a
 * report that arrived before the outage was declared can join it.
 */
@Component
class TriageOutageOptions {

	static final List<OutageState> ATTACHABLE = List.of(OutageState.NEW, OutageState.PLANNED, OutageState.ONGOING);

	private static final Logger log = LoggerFactory.getLogger(TriageOutageOptions.class);

	private static final int LIMIT = 100;

	private static final int MAX_OPEN_TRIAGES = 1000;

	private final OutageJournal journal;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final IdentityService identityService;

	TriageOutageOptions(OutageJournal journal, TaskService taskService, RuntimeService runtimeService,
			IdentityService identityService) {
		this.identityService = identityService;
		this.journal = journal;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
	}

	/** JSON [{label, value}] for the form's select, newest outage first. */
	Object current() {
		return SpinValues.jsonValue(options()).create();
	}

	private SpinJsonNode options() {
		SpinJsonNode options = Spin.JSON("[]");
		for (Outage outage : this.journal.list(ATTACHABLE, LIMIT)) {
			options.append(Spin.JSON(Map.of("label", outage.reference() + " " + outage.title() + " ("
					+ outage.state().label() + ")", "value", String.valueOf(outage.id()))));
		}
		return options;
	}

	/**
	 * After the change commits, in its own transactions: a triage being completed
	 * at the same moment wins, and the form then validates the chosen outage.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void onOutageChanged(JournalChanged event) {
		// The application's own bookkeeping: not limited to what the person who changed the outage may see.
		Authentication caller = this.identityService.getCurrentAuthentication();
		this.identityService.clearAuthentication();
		try {
			refresh();
		}
		finally {
			if (caller != null) {
				this.identityService.setAuthentication(caller);
			}
		}
	}

	private void refresh() {
		List<Task> open = this.taskService.createTaskQuery()
			.processDefinitionKey(FaultReportProcess.KEY)
			.taskDefinitionKey(FaultReportProcess.Elements.TRIAGE)
			.listPage(0, MAX_OPEN_TRIAGES);
		if (open.isEmpty()) {
			return;
		}
		String now = options().toString();
		for (Task task : open) {
			try {
				Object shown = this.runtimeService.getVariable(task.getProcessInstanceId(), Vars.OUTAGE_OPTIONS);
				if (shown == null || !now.equals(Spin.JSON(shown).toString())) {
					this.runtimeService.setVariable(task.getProcessInstanceId(), Vars.OUTAGE_OPTIONS,
							SpinValues.jsonValue(now).create());
				}
			}
			catch (RuntimeException ex) {
				// The triage was completed meanwhile, or its process ended; nothing to bring up to date.
				log.debug("Outage options of fault report triage {} not refreshed: {}", task.getId(), ex.toString());
			}
		}
	}

}
