package se.regionjh.reservrutin.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built jar in a JVM of its own, started the way an operator starts it
 * (failsafe sets {@code reservrutin.boot-jar}): for tests that kill it or run
 * several nodes.
 */
public final class ApplicationJvm {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private final Process process;

	private final int port;

	private ApplicationJvm(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	public static ApplicationJvm start(Path folder, Map<String, String> environment, String name) throws IOException {
		int port = freePort();
		String jar = System.getProperty("reservrutin.boot-jar");
		assertThat(jar).as("reservrutin.boot-jar (set by failsafe)").isNotNull();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx768m", "-jar", Path.of(jar).toAbsolutePath().toString(),
				"--server.port=" + port)
			.directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve(name + ".log").toFile());
		Map<String, String> env = new HashMap<>(builder.environment());
		env.keySet().removeIf((key) -> key.startsWith("DATABASE_") || key.startsWith("SPRING_"));
		env.putAll(environment);
		builder.environment().clear();
		builder.environment().putAll(env);
		ApplicationJvm child = new ApplicationJvm(builder.start(), port);
		child.awaitUp(folder.resolve(name + ".log"));
		return child;
	}

	private void awaitUp(Path log) throws IOException {
		WebClient anonymous = WebClient.anonymous(this.port);
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new AssertionError("The application stopped during start-up:\n" + tail(log));
			}
			try {
				if (anonymous.get("/actuator/health").statusCode() == 200) {
					return;
				}
			}
			catch (RuntimeException notYet) {
				// Not listening yet.
			}
			sleep(Duration.ofMillis(500));
		}
		kill();
		throw new AssertionError("The application did not start within " + START_TIMEOUT + ":\n" + tail(log));
	}

	public void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
	}

	/** Whether the JVM still runs (it was neither killed nor stopped by itself). */
	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** A new folder for one child JVM's working directory and log: {@code target/<test>/<name>-<millis>}. */
	public static Path freshFolder(String test, String name) throws IOException {
		Path folder = Path.of("target", test, name + "-" + System.currentTimeMillis()).toAbsolutePath();
		Files.createDirectories(folder);
		return folder;
	}

	/** A loopback port no one listens on right now. */
	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	public int port() {
		return this.port;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
