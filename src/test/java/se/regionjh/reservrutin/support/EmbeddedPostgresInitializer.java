package se.regionjh.reservrutin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the test suite on a real PostgreSQL 15 (embedded binaries, no Docker)
 * when the system property {@code reservrutin.test.database=postgres} is set;
 * Maven's second surefire execution does that. One server per JVM, one fresh
 * database per Spring context. The server stops when the last context using it
 * closes, so no context ever outlives its database during JVM shutdown.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static EmbeddedPostgres server;

	private static int databases;

	private static int openContexts;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!"postgres".equals(System.getProperty("reservrutin.test.database"))
				|| !context.getEnvironment().matchesProfiles("test")) {
			// Only the test contexts; a test that starts the production profile on
			// purpose must see the configuration it set up itself.
			return;
		}
		String database = createDatabase();
		// Registered before every other bean, so destroyed after all of them (the pool included).
		((org.springframework.beans.factory.support.DefaultListableBeanFactory) context.getBeanFactory())
			.registerDisposableBean("embeddedPostgresRelease", EmbeddedPostgresInitializer::release);
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("embedded-postgres",
					Map.of("spring.datasource.url",
							"jdbc:postgresql://localhost:" + server.getPort() + "/" + database, "spring.datasource.username",
							"postgres", "spring.datasource.password", "", "camunda.bpm.database.type",
							"postgres")));
	}

	private static synchronized String createDatabase() {
		try {
			if (server == null) {
				server = EmbeddedPostgres.builder()
					.setOverrideWorkingDirectory(workingDirectory())
					.setRegisterShutdownHook(false)
					.start();
			}
			openContexts++;
			String name = "reservrutin_" + (++databases);
			try (var connection = server.getPostgresDatabase().getConnection();
					var statement = connection.createStatement()) {
				statement.execute("create database " + name);
			}
			return name;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Cannot create test database", ex);
		}
	}

	/**
	 * The binaries are extracted under the build folder, not the machine's temp
	 * folder: a clean checkout then always extracts them anew, so a machine that
	 * extracted them once can no longer hide an extraction that fails.
	 */
	static java.io.File workingDirectory() {
		return new java.io.File(System.getProperty("reservrutin.test.embedded-pg-dir", "target/embedded-pg"));
	}

	/** A server of its own for a test that runs the jar (binaries in {@link #workingDirectory()}). */
	public static EmbeddedPostgres.Builder builder() {
		return EmbeddedPostgres.builder().setOverrideWorkingDirectory(workingDirectory());
	}

	/** Creates an empty database on that server; answers its JDBC URL. */
	public static String createDatabase(EmbeddedPostgres postgres, String name) throws java.sql.SQLException {
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
	}

	private static synchronized void release() {
		openContexts--;
		if (openContexts == 0 && server != null) {
			try {
				server.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				server = null;
			}
		}
	}

}
