package se.regionjh.reservrutin.outage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.regionjh.reservrutin.outage.OutageProcess.Elements;
import se.regionjh.reservrutin.outage.OutageProcess.Vars;
import se.regionjh.reservrutin.outage.Publication.Kind;
import se.regionjh.reservrutin.publication.delivery.Delivery;
import se.regionjh.reservrutin.publication.delivery.DeliveryChannel;
import se.regionjh.reservrutin.publication.delivery.DeliveryLog;
import se.regionjh.reservrutin.support.IntegrationTest;
import se.regionjh.reservrutin.support.ProcessTestSupport;
import se.regionjh.reservrutin.units.UnitRegistry;
import se.regionjh.reservrutin.system.ProcessValues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * A region-wide outage: 500 units use the affected service, with unit ids as
 * long as a real registry's. The whole outage runs through the engine on a
 * registry of that size (its own Spring context).
 */
@IntegrationTest
class RegionWideOutageTest extends ProcessTestSupport {

	static final int UNITS = 500;

	/** Half short ids, half as long as the region's longest unit names make them. */
	static final List<String> UNIT_IDS = unitIds();

	private static List<String> unitIds() {
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= UNITS; i++) {
			ids.add((i % 2 == 1) ? "enhet-%03d".formatted(i) : "vardcentral-ostersund-norra-%03d".formatted(i));
		}
		return List.copyOf(ids);
	}

	/**
	 * The registry as the units file would give it. The file itself cannot be
	 * used here: its name is read before test properties exist (spring.config.import).
	 */
	@DynamicPropertySource
	static void registry(DynamicPropertyRegistry registry) {
		for (int i = 0; i < UNIT_IDS.size(); i++) {
			String id = UNIT_IDS.get(i);
			String prefix = "reservrutin.units[" + i + "].";
			registry.add(prefix + "id", () -> id);
			registry.add(prefix + "name", () -> "Vårdenhet " + id);
			registry.add(prefix + "email", () -> id + "@example.org");
			registry.add(prefix + "manager", () -> "chef-" + id);
			registry.add(prefix + "manager-email", () -> "chef-" + id + "@example.org");
			registry.add(prefix + "services[0]", () -> "personalverktyget");
		}
	}

	@Autowired
	OutageJournal journal;

	@Autowired
	DeliveryLog deliveries;

	@Autowired
	UnitRegistry units;

	@Test
	void anOutageOfFiveHundredUnitsIsPublishedAndEveryUnitGetsItsReviewAfterRecovery() {
		assertThat(this.units.all()).hasSize(UNITS);
		assertThat(this.engine.getIdentityService().createGroupQuery().groupId("unit-" + UNIT_IDS.get(UNITS - 1)).count())
			.isOne();

		ProcessInstance instance = declare();
		assertThat(instance).isWaitingAt(Elements.ASSESS_OUTAGE);
		Outage declared = outageOf(instance);
		assertThat(declared.units()).containsExactlyElementsOf(UNIT_IDS);

		complete(instance, Elements.ASSESS_OUTAGE, assessment());
		Outage assessed = outageOf(instance);
		assertThat(assessed.state()).isEqualTo(OutageState.ONGOING);
		assertThat(assessed.units()).containsExactlyElementsOf(UNIT_IDS);
		Publication announcement = single(assessed, Kind.ANNOUNCEMENT);
		assertThat(announcement.units()).containsExactlyElementsOf(UNIT_IDS);
		assertThat(unitMailboxes(announcement)).containsExactlyElementsOf(mailboxes());

		complete(instance, Elements.UPDATE_STATUS,
				Map.of(Vars.SERVICE_RESTORED, true, Vars.STATUS_TEXT, "Tjänsten fungerar igen."));
		Outage resolved = outageOf(instance);
		assertThat(resolved.state()).isEqualTo(OutageState.RESOLVED);
		Publication restored = single(resolved, Kind.RESTORED);
		assertThat(restored.units()).containsExactlyElementsOf(UNIT_IDS);
		assertThat(unitMailboxes(restored)).containsExactlyElementsOf(mailboxes());

		List<Task> reviews = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(Elements.REVIEW_CASES)
			.list();
		assertThat(reviews).hasSize(UNITS);
		List<List<String>> groups = reviews.stream().map(this::candidateGroups).toList();
		assertThat(groups).allSatisfy((candidates) -> assertThat(candidates).hasSize(1));
		assertThat(groups.stream().map((candidates) -> candidates.get(0)))
			.containsExactlyInAnyOrderElementsOf(UNIT_IDS.stream().map((id) -> "unit-" + id).toList());
	}

	@Test
	void everyUnitOfARegionWideOutageIsAskedToFollowItsLocalRoutine() {
		ProcessInstance instance = declare();
		Map<String, Object> assessment = assessment();
		assessment.put(Vars.UNIT_TASKS_REQUESTED, true);
		complete(instance, Elements.ASSESS_OUTAGE, assessment);

		Publication routine = single(outageOf(instance), Kind.UNIT_ROUTINE);
		assertThat(routine.units()).containsExactlyElementsOf(UNIT_IDS);
		assertThat(unitMailboxes(routine)).containsExactlyElementsOf(mailboxes());
		List<Task> tasks = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(Elements.FOLLOW_LOCAL_ROUTINE)
			.list();
		assertThat(tasks.stream().map(this::candidateGroups))
			.containsExactlyInAnyOrderElementsOf(UNIT_IDS.stream().map((id) -> List.of("unit-" + id)).toList());
	}

	// --- Helpers ------------------------------------------------------------------------------

	private ProcessInstance declare() {
		authenticateAs("forvaltare");
		ProcessInstance instance;
		try {
			instance = this.engine.getRuntimeService()
				.startProcessInstanceByKey(OutageProcess.KEY,
						Map.of(Vars.SERVICES, ProcessValues.jsonList(List.of("personalverktyget")), Vars.TITLE,
								"Personalverktyget går inte att nå", Vars.PUBLIC_TEXT, "Tjänsten svarar inte.",
								Vars.LOGIN_AFFECTED, false));
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}
		runJobs(instance);
		return instance;
	}

	private Map<String, Object> assessment() {
		Map<String, Object> values = new HashMap<>();
		values.put(Vars.TITLE, "Personalverktyget går inte att nå");
		values.put(Vars.PLANNED, false);
		values.put(Vars.STARTS_AT, iso(this.now));
		values.put(Vars.EXPECTED_END, iso(this.now.plus(java.time.Duration.ofHours(4))));
		values.put(Vars.NEXT_UPDATE_AT, iso(this.now.plus(java.time.Duration.ofHours(1))));
		values.put(Vars.PUBLIC_TEXT, "Personalverktyget fungerar inte. Ring patienter vid behov.");
		values.put(Vars.INERA_INFO_PRESENT, true);
		values.put(Vars.UNIT_TASKS_REQUESTED, false);
		values.put(Vars.AFFECTED_UNITS, ProcessValues.jsonList(List.of()));
		return values;
	}

	private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
		completeAs("forvaltare", instance, task(instance, taskKey), variables);
	}

	private Outage outageOf(ProcessInstance instance) {
		Object id = this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(Vars.OUTAGE_ID)
			.singleResult()
			.getValue();
		return this.journal.require(((Number) id).longValue());
	}

	private Publication single(Outage outage, Kind kind) {
		List<Publication> found = this.journal.publications(outage.id())
			.stream()
			.filter((p) -> p.kind() == kind)
			.toList();
		assertThat(found).as("publications of kind " + kind).hasSize(1);
		return found.get(0);
	}

	/** The e-mail deliveries the publication queued, one per unit mailbox. */
	private List<String> unitMailboxes(Publication publication) {
		return this.deliveries.forPublication(publication.id())
			.stream()
			.filter((d) -> d.channel() == DeliveryChannel.EMAIL)
			.map(Delivery::target)
			.toList();
	}

	private static List<String> mailboxes() {
		return UNIT_IDS.stream().map((id) -> id + "@example.org").toList();
	}


}
