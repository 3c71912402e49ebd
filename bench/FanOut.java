import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.regionjh.reservrutin.ReservrutinApplication;
import se.regionjh.reservrutin.outage.JsonLists;
import se.regionjh.reservrutin.outage.OutageProcess;
import se.regionjh.reservrutin.outage.OutageProcess.Vars;

/**
 * Fan-out on recovery (docs/benchmarks.md): the application, started in this
 * JVM on a fresh H2 file database with a unit registry of N units that all use
 * personalverktyget, the job executor on and e-mail going to a local GreenMail.
 *
 * Alternating rounds, on the same engine and database:
 *   bare  – a process of one parallel multi-instance user task over the N unit
 *           ids (async before, candidate group unit-<id>): time from the start
 *           until N tasks exist.
 *   app   – an OutageProcess over the N units, declared and assessed (not
 *           timed; its announcement's deliveries are sent first), then
 *           "Tjänsten åter i drift" is completed as management would: time
 *           until the N Task_ReviewCases exist and the restored publication's
 *           e-mail to every unit is queued in the delivery table.
 *
 * Run through bench/fanout.sh, which builds the classpath:
 *   java -cp CLASSPATH bench/FanOut.java UNITS ROUNDS WORKDIR [--application.argument=value ...]
 */
public class FanOut {

	static final Duration TIMEOUT = Duration.ofMinutes(10);

	public static void main(String[] args) throws Exception {
		int units = Integer.parseInt(args[0]);
		int rounds = Integer.parseInt(args[1]);
		Path work = Path.of(args[2]);
		if (units < 1 || units > 5000 || rounds < 1 || rounds > 10) {
			throw new IllegalArgumentException("units 1..5000, rounds 1..10");
		}
		List<String> ids = unitIds(units);
		Path registry = work.resolve("units-" + units + ".yaml");
		Files.writeString(registry, yaml(ids));

		GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		SpringApplication application = new SpringApplication(ReservrutinApplication.class);
		application.addInitializers((context) -> context.getBeanFactory().registerSingleton("benchUnits", new BenchUnits(ids)));
		long startup = System.nanoTime();
		List<String> arguments = new ArrayList<>(List.of("--server.address=127.0.0.1", "--server.port=0",
				"--RESERVRUTIN_UNITS_FILE=" + registry,
				"--spring.datasource.url=jdbc:h2:file:" + work.resolve("db-" + units) + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
				"--logging.level.root=WARN", "--spring.main.banner-mode=off"));
		// BENCH_MAIL=off: e-mail deliveries are only recorded, not started (no SMTP configured).
		if (!"off".equals(System.getenv("BENCH_MAIL"))) {
			arguments.addAll(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort()));
		}
		// Further application arguments (BENCH_APP_ARGS in bench/fanout.sh), e.g. another database.
		arguments.addAll(List.of(args).subList(3, args.length));
		try (ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new))) {
			System.out.printf("units=%d started in %.1f s%n", units, (System.nanoTime() - startup) / 1e9);
			ProcessEngine engine = context.getBean(ProcessEngine.class);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			deployBare(engine);
			List<Double> bare = new ArrayList<>();
			List<Double> app = new ArrayList<>();
			for (int round = 1; round <= rounds; round++) {
				bare.add(bareRound(engine, units));
				app.add(appRound(engine, jdbc, units));
				System.out.printf("round %d: bare %.2f s, app %.2f s, ratio %.2f%n", round, bare.get(round - 1),
						app.get(round - 1), app.get(round - 1) / bare.get(round - 1));
			}
			double medianBare = median(bare);
			double medianApp = median(app);
			System.out.printf("RESULT units=%d rounds=%d bare_median_s=%.2f app_median_s=%.2f ratio=%.2f bare=%s app=%s%n",
					units, rounds, medianBare, medianApp, medianApp / medianBare, bare, app);
		}
		finally {
			smtp.stop();
		}
	}

	/** The ids of the region: half short, half as long as the longest unit names make them. */
	static List<String> unitIds(int units) {
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= units; i++) {
			ids.add((i % 2 == 1) ? "enhet-%04d".formatted(i) : "vardcentral-ostersund-norra-%04d".formatted(i));
		}
		return ids;
	}

	static String yaml(List<String> ids) {
		StringBuilder yaml = new StringBuilder("reservrutin:\n  units:\n");
		for (String id : ids) {
			yaml.append("    - id: ").append(id).append('\n')
				.append("      name: Vårdenhet ").append(id).append('\n')
				.append("      email: ").append(id).append("@example.org\n")
				.append("      manager: chef-").append(id).append('\n')
				.append("      manager-email: chef-").append(id).append("@example.org\n")
				.append("      services: [personalverktyget]\n");
		}
		return yaml.toString();
	}

	public static final class BenchUnits {

		private final List<String> ids;

		BenchUnits(List<String> ids) {
			this.ids = List.copyOf(ids);
		}

		public List<String> ids() {
			return this.ids;
		}

	}

	static void deployBare(ProcessEngine engine) {
		BpmnModelInstance model = Bpmn.createExecutableProcess("BareFanOut")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("Task_Bare")
			// On the activity, so before the multi-instance body: one job creates all N tasks.
			.camundaAsyncBefore()
			.camundaCandidateGroups("unit-${unitId}")
			.multiInstance()
			.parallel()
			.camundaCollection("${benchUnits.ids()}")
			.camundaElementVariable("unitId")
			.multiInstanceDone()
			.endEvent()
			.done();
		engine.getRepositoryService().createDeployment().addModelInstance("BareFanOut.bpmn", model).deploy();
	}

	static double bareRound(ProcessEngine engine, int units) {
		waitForIdleJobs(engine);
		long t0 = System.nanoTime();
		String pid = engine.getRuntimeService().startProcessInstanceByKey("BareFanOut").getId();
		waitUntil(() -> engine.getManagementService().createJobQuery().processInstanceId(pid).count() == 0);
		double picked = (System.nanoTime() - t0) / 1e9;
		waitUntil(() -> engine.getTaskService().createTaskQuery().processInstanceId(pid).count() == units);
		double seconds = (System.nanoTime() - t0) / 1e9;
		System.out.printf("  bare instance: job done after %.2f s, %d tasks after %.2f s%n", picked, units, seconds);
		return seconds;
	}

	static double appRound(ProcessEngine engine, JdbcTemplate jdbc, int units) {
		var runtime = engine.getRuntimeService();
		String pid = asManagement(engine, () -> runtime.startProcessInstanceByKey(OutageProcess.KEY,
				Map.of(Vars.SERVICES, JsonLists.of(List.of("personalverktyget")), Vars.TITLE, "Personalverktyget går inte att nå",
						Vars.PUBLIC_TEXT, "Tjänsten svarar inte.", Vars.LOGIN_AFFECTED, false))
			.getId());
		String assess = waitForTask(engine, pid, "Task_AssessOutage");
		Instant now = Instant.now();
		Map<String, Object> assessment = new HashMap<>();
		assessment.put(Vars.TITLE, "Personalverktyget går inte att nå");
		assessment.put(Vars.PLANNED, false);
		assessment.put(Vars.STARTS_AT, iso(now));
		assessment.put(Vars.EXPECTED_END, iso(now.plus(Duration.ofHours(4))));
		assessment.put(Vars.NEXT_UPDATE_AT, iso(now.plus(Duration.ofHours(1))));
		assessment.put(Vars.PUBLIC_TEXT, "Personalverktyget fungerar inte. Ring patienter vid behov.");
		assessment.put(Vars.INERA_INFO_PRESENT, true);
		assessment.put(Vars.UNIT_TASKS_REQUESTED, false);
		assessment.put(Vars.AFFECTED_UNITS, JsonLists.of(List.of()));
		asManagement(engine, () -> {
			engine.getTaskService().complete(assess, assessment);
			return null;
		});
		String update = waitForTask(engine, pid, "Task_UpdateStatus");
		// The announcement's deliveries are sent before the clock starts.
		waitForIdleJobs(engine);

		long t0 = System.nanoTime();
		asManagement(engine, () -> {
			engine.getTaskService().complete(update, Map.of(Vars.SERVICE_RESTORED, true, Vars.STATUS_TEXT, "Tjänsten fungerar igen."));
			return null;
		});
		Long outageId = (Long) runtime.getVariable(pid, Vars.OUTAGE_ID);
		double[] queued = { -1 };
		double[] reviews = { -1 };
		waitUntil(() -> {
			double at = (System.nanoTime() - t0) / 1e9;
			if (queued[0] < 0 && jdbc.queryForObject("select count(*) from delivery d join publication p "
					+ "on p.id = d.publication_id where p.outage_id = ? and p.kind = 'RESTORED' and d.channel = 'EMAIL'",
					Long.class, outageId) == units) {
				queued[0] = at;
			}
			if (reviews[0] < 0 && engine.getTaskService().createTaskQuery().processInstanceId(pid)
				.taskDefinitionKey("Task_ReviewCases").count() == units) {
				reviews[0] = at;
			}
			return queued[0] >= 0 && reviews[0] >= 0;
		});
		double seconds = (System.nanoTime() - t0) / 1e9;
		System.out.printf("  app instance: e-mail to every unit queued after %.2f s, every review task after %.2f s%n",
				queued[0], reviews[0]);
		long variables = engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(pid).count();
		long jobs = engine.getManagementService().createJobQuery().processInstanceId(pid).count();
		System.out.printf("  app instance: %d runtime variables, %d jobs for %d units%n", variables, jobs, units);
		return seconds;
	}

	static <T> T asManagement(ProcessEngine engine, java.util.function.Supplier<T> action) {
		var identity = engine.getIdentityService();
		List<String> groups = identity.createGroupQuery().groupMember("forvaltare").list().stream().map(Group::getId).toList();
		identity.setAuthentication("forvaltare", groups);
		try {
			return action.get();
		}
		finally {
			identity.clearAuthentication();
		}
	}

	static String waitForTask(ProcessEngine engine, String pid, String key) {
		waitUntil(() -> engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).count() == 1);
		return engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).singleResult().getId();
	}

	/** No job is due (deliveries sent, nothing left over from the last round). */
	static void waitForIdleJobs(ProcessEngine engine) {
		waitUntil(() -> engine.getManagementService().createJobQuery().executable().count() == 0);
	}

	static void waitUntil(BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Not done within " + TIMEOUT);
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	static String iso(Instant instant) {
		return instant.atOffset(ZoneOffset.ofHours(1)).toString();
	}

	static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int n = sorted.length;
		return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

}
