package se.regionjh.reservrutin.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * axe-core (WCAG 2.0/2.1 A and AA) on pages of the running application, in
 * Debian's headless Chromium at a desktop and a phone width, by
 * src/test/browser/axe-check.mjs; anonymously or logged in on the login page
 * as a demo user. Needs {@code /usr/bin/chromium} and {@code npm ci} in
 * src/test/browser, which .ci/run installs; without them the check is
 * skipped with a message saying what is missing.
 */
public final class AxeCheck {

	static final Path BROWSER_TEST = Path.of("src/test/browser");

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	private AxeCheck() {
	}

	/** Checks the pages as an anonymous visitor. */
	public static void anonymously(int port, String... paths) throws IOException, InterruptedException {
		run(port, null, paths);
	}

	/** Checks the pages as the demo user, logged in on {@code /login}. */
	public static void as(String user, int port, String... paths) throws IOException, InterruptedException {
		run(port, user, paths);
	}

	private static void run(int port, String user, String... paths) throws IOException, InterruptedException {
		assumeTrue(!"postgres".equals(System.getProperty("reservrutin.test.database")),
				"axe-core check runs in the H2 pass only");
		assumeTrue(Files.isExecutable(CHROMIUM),
				"axe-core check skipped: " + CHROMIUM + " is missing (apt-get install -y chromium)");
		assumeTrue(Files.isDirectory(BROWSER_TEST.resolve("node_modules/playwright-core"))
				&& Files.isDirectory(BROWSER_TEST.resolve("node_modules/axe-core")),
				"axe-core check skipped: run 'npm ci' in src/test/browser");
		List<String> command = new ArrayList<>(List.of("node", "axe-check.mjs", "http://127.0.0.1:" + port));
		command.addAll(List.of(paths));
		ProcessBuilder builder = new ProcessBuilder(command).directory(BROWSER_TEST.toFile()).redirectErrorStream(true);
		if (user != null) {
			builder.environment().putAll(Map.of("AXE_USER", user, "AXE_PASSWORD", Credentials.passwordOf(user)));
		}
		Process process = builder.start();
		boolean finished = process.waitFor(300, TimeUnit.SECONDS);
		if (!finished) {
			process.destroyForcibly();
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		System.out.println(output);
		assertThat(finished).as("axe-check.mjs finished within 300 s:%n%s", output).isTrue();
		assertThat(process.exitValue()).as("axe-core in Chromium:%n%s", output).isZero();
		assertThat(output).as("every page was checked at both widths")
			.contains("axe-core summary: " + (paths.length * 2) + " page views without violations, 0 with");
	}

}
