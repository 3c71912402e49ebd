package se.regionjh.reservrutin.routines;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionjh.reservrutin.publication.CommunicationTest;
import se.regionjh.reservrutin.publication.ReceivedMail;
import se.regionjh.reservrutin.publication.TestChannels;
import se.regionjh.reservrutin.publication.delivery.Delivery;
import se.regionjh.reservrutin.publication.delivery.DeliveryChannel;
import se.regionjh.reservrutin.publication.delivery.DeliveryJobs;
import se.regionjh.reservrutin.publication.delivery.DeliveryState;
import se.regionjh.reservrutin.routines.Deficiency.Report;
import se.regionjh.reservrutin.routines.RoutineDeficiencyProcess.Vars;
import se.regionjh.reservrutin.support.Jobs;
import se.regionjh.reservrutin.support.Users;
import se.regionjh.reservrutin.units.Unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * Routine e-mails go through the delivery outbox with SMTP configured: the
 * process step records one delivery per recipient and goes on, and each
 * recipient's mail is sent (and retried) in its own job, at most once.
 */
class RoutineNoticeDeliveryTest extends CommunicationTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	RoutineDeficiencies deficiencies;

	@Autowired
	CentralRoutine centralRoutine;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		init(this.engine);
	}

	@AfterEach
	void smtpBack() {
		if (!TestChannels.smtp().isRunning()) {
			TestChannels.startSmtp();
		}
	}

	@Test
	void publishingARoutineVersionWhileSmtpIsDownCompletesAndEveryManagerGetsOneMailOnceItIsBack() {
		TestChannels.stopSmtp();
		ProcessInstance instance = reviseRoutine("Rutinen saknar kontaktväg till förvaltningen på kvällar.");

		// The process step committed: no incident, the version exists and the units are asked to read it.
		assertThat(this.runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
		assertThat(instance).isWaitingAt(RoutineDeficiencyProcess.Elements.ACKNOWLEDGE);
		int version = this.centralRoutine.current().version();
		List<String> managers = this.units.all().stream().map(Unit::managerEmail).distinct().toList();
		List<Delivery> mail = deliveries("routine-version-" + version);
		assertThat(mail).extracting(Delivery::target).containsExactlyInAnyOrderElementsOf(managers);
		assertThat(mail).allSatisfy((d) -> {
			assertThat(d.channel()).isEqualTo(DeliveryChannel.EMAIL);
			assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
			assertThat(d.subject()).isEqualTo("Ny version av central reservrutin: version " + version);
		});
		// What /leveranser and /api/deliveries list.
		assertThat(this.deliveries.latest(200)).extracting(Delivery::id)
			.containsAll(mail.stream().map(Delivery::id).toList());

		assertThat(DeliveryJobs.runDue(this.managementService, mail)).hasSize(managers.size());
		assertThat(deliveries("routine-version-" + version)).allSatisfy((d) -> {
			assertThat(d.state()).isEqualTo(DeliveryState.RETRYING);
			assertThat(d.lastError()).contains("SMTP server did not take the e-mail");
			assertThat(d.nextAttemptAt()).isAfter(Instant.now());
		});

		TestChannels.startSmtp();
		ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(61)));
		assertThat(DeliveryJobs.runDue(this.managementService, mail)).isEmpty();
		assertThat(DeliveryJobs.runDue(this.managementService, mail)).isEmpty();

		assertThat(mailsPerRecipient()).containsOnlyKeys(managers).allSatisfy((to, count) -> assertThat(count).isOne());
		MimeMessage message = TestChannels.smtp().getReceivedMessages()[0];
		assertThat(ReceivedMail.subject(message)).isEqualTo("Ny version av central reservrutin: version " + version);
		assertThat(ReceivedMail.header(message, "Auto-Submitted")).isEqualTo("auto-generated");
		assertThat(deliveries("routine-version-" + version)).allSatisfy((d) -> {
			assertThat(d.state()).isEqualTo(DeliveryState.SENT);
			assertThat(d.attempts()).isEqualTo(2);
		});
	}

	@Test
	void aRetryAfterAPartialSendMailsOnlyThoseNotYetMailed() {
		ProcessInstance instance = reviseRoutine("Rutinen nämner inte reservtelefonen.");
		assertThat(this.runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
		int version = this.centralRoutine.current().version();
		List<Delivery> mail = deliveries("routine-version-" + version);
		assertThat(mail).hasSizeGreaterThan(1);
		Delivery first = mail.get(0);

		assertThat(DeliveryJobs.runDue(this.managementService, List.of(first))).isEmpty();
		TestChannels.stopSmtp();
		assertThat(DeliveryJobs.runDue(this.managementService, mail)).hasSize(mail.size() - 1);
		TestChannels.startSmtp();
		assertThat(TestChannels.smtp().getReceivedMessages()).isEmpty();
		ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(61)));
		assertThat(DeliveryJobs.runDue(this.managementService, mail)).isEmpty();

		// The server restarted empty: the first recipient, mailed before it went down, is not mailed again.
		assertThat(mailsPerRecipient()).doesNotContainKey(first.target())
			.containsOnlyKeys(mail.stream().skip(1).map(Delivery::target).toList())
			.allSatisfy((to, count) -> assertThat(count).isOne());
		assertThat(this.deliveries.find(first.id()).orElseThrow()).satisfies((d) -> {
			assertThat(d.state()).isEqualTo(DeliveryState.SENT);
			assertThat(d.attempts()).isEqualTo(1);
		});
	}

	@Test
	void aRejectionWhileSmtpIsDownReachesTheReporterOnceItIsBack() {
		ProcessInstance instance = this.deficiencies.report(new Report(DeficiencySource.TASKLIST,
				"Rutinen borde nämna Inera.", "chef-krokom", "hc-krokom", null, null, null));
		Jobs.executeDue(this.managementService, instance.getId());
		TestChannels.stopSmtp();
		complete(instance, Map.of(Vars.DECISION, RoutineDeficiencyProcess.Decisions.REJECT, Vars.REJECTION_REASON,
				"Förvaltningen sköter kontakten med Inera."));
		Jobs.executeDue(this.managementService, instance.getId());

		assertThat(instance).isWaitingAt(RoutineDeficiencyProcess.Elements.READ_DECISION);
		long deficiencyId = this.deficiencies.byProcessInstance(instance.getId()).orElseThrow().id();
		List<Delivery> mail = deliveries("deficiency-" + deficiencyId);
		assertThat(mail).singleElement().satisfies((d) -> {
			assertThat(d.target()).isEqualTo("chef-krokom@example.org");
			assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
		});
		assertThat(DeliveryJobs.runDue(this.managementService, mail)).hasSize(1);

		TestChannels.startSmtp();
		ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(61)));
		assertThat(DeliveryJobs.runDue(this.managementService, mail)).isEmpty();
		assertThat(mailsPerRecipient()).containsExactly(Map.entry("chef-krokom@example.org", 1L));
		assertThat(ReceivedMail.subject(TestChannels.smtp().getReceivedMessages()[0]))
			.isEqualTo("Beslut om brist i central reservrutin");
	}

	private ProcessInstance reviseRoutine(String description) {
		ProcessInstance instance = this.deficiencies.report(new Report(DeficiencySource.TASKLIST, description,
				"chef-ostersund", "hc-ostersund", null, null, null));
		Jobs.executeDue(this.managementService, instance.getId());
		String revised = this.centralRoutine.current().body() + "\n\nÄndrat efter anmälan: " + description;
		complete(instance, Map.of(Vars.DECISION, RoutineDeficiencyProcess.Decisions.REVISE, Vars.REVISED_ROUTINE,
				revised, Vars.CHANGE_SUMMARY, description));
		Jobs.executeDue(this.managementService, instance.getId());
		return instance;
	}

	private void complete(ProcessInstance instance, Map<String, Object> variables) {
		Users.complete(this.engine, "forvaltare", task(instance).getId(), variables);
	}

	/** The deliveries of the notices with this reference, in the order they were recorded. */
	private List<Delivery> deliveries(String reference) {
		return this.jdbc.sql("select d.id from delivery d join routine_notice n on n.id = d.routine_notice_id "
				+ "where n.reference = :ref order by d.id")
			.param("ref", reference)
			.query(Long.class)
			.list()
			.stream()
			.map((id) -> this.deliveries.find(id).orElseThrow())
			.toList();
	}

	private static Map<String, Long> mailsPerRecipient() {
		return Arrays.stream(TestChannels.smtp().getReceivedMessages())
			.map(ReceivedMail::to)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

}
