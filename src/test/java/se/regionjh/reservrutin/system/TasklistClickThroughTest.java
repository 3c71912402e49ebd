package se.regionjh.reservrutin.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.outage.OutageState;
import se.regionjh.reservrutin.support.RunningApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One outage clicked through the real Camunda Tasklist with the real forms, in
 * Debian's headless Chromium, by src/test/tasklist-e2e/click-through.mjs. The
 * script asserts each step through GET /api/outages and leaves screenshots of
 * every form and the submitted form values in target/tasklist-e2e/.
 *
 * Needs /usr/bin/chromium (apt-get install chromium) and the script's
 * playwright-core (npm ci --prefix src/test/tasklist-e2e); skipped without them.
 */
@RunningApplication
class TasklistClickThroughTest {

	private static final Path SCRIPT_DIR = Path.of("src/test/tasklist-e2e");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	@LocalServerPort
	int port;

	@Autowired
	OutageJournal journal;

	@Test
	void outageGoesFromDeclarationToClosingThroughTasklist() throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM),
				"Skipped: no " + CHROMIUM + " (apt-get install -y chromium) for the Tasklist click-through");
		assumeTrue(Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core")),
				"Skipped: no " + SCRIPT_DIR + "/node_modules (npm ci --prefix " + SCRIPT_DIR
						+ ") for the Tasklist click-through");
		String database = System.getProperty("reservrutin.test.database", "h2");
		Path out = Path.of("target", "tasklist-e2e" + ("h2".equals(database) ? "" : "-" + database)).toAbsolutePath();

		Process node = new ProcessBuilder("node", "click-through.mjs", "http://localhost:" + this.port, out.toString())
			.directory(SCRIPT_DIR.toFile())
			.redirectErrorStream(true)
			.start();
		CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(node.getInputStream()));
		boolean finished = node.waitFor(10, TimeUnit.MINUTES);
		if (!finished) {
			node.destroyForcibly().waitFor();
		}
		String log = output.get(1, TimeUnit.MINUTES);
		System.out.println(log);

		assertThat(finished).as("click-through finished within 10 minutes:%n%s", log).isTrue();
		assertThat(node.exitValue()).as("click-through exit code:%n%s", log).isZero();
		List<Outage> closed = this.journal.list(List.of(OutageState.CLOSED), 10);
		assertThat(closed).as("outages closed through Tasklist")
			.anySatisfy((outage) -> assertThat(outage.title()).startsWith("Personalverktyget går inte att nå"));
		assertThat(out.resolve("submissions.json")).isNotEmptyFile();
	}

	private static String read(InputStream in) {
		try (in) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(output unreadable: " + ex + ")";
		}
	}

}
