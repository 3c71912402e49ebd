package se.regionjh.reservrutin.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionjh.reservrutin.outage.OutageProcess.Elements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * bpmnlint with bpmnlint:recommended and the camunda-compat rules for Camunda
 * 7.24 (src/test/bpmnlint/.bpmnlintrc) on every model in processes/: any error
 * fails, naming file, rule and element; warnings are listed with it. A file that
 * a Camunda Modeler save would rewrite is an error too (rule modeler-shape), so
 * the models stay in the shape Modeler writes.
 *
 * Needs node and {@code npm ci --prefix src/test/bpmnlint}; without them it
 * fails and says so (.ci/run installs them).
 */
class BpmnLintTest {

	static final Path LINT_DIR = Path.of("src/test/bpmnlint");

	@Test
	void everyModelInProcessesIsLintClean() throws Exception {
		List<Path> files = bpmnFiles(Path.of("processes"));
		assertThat(files).hasSizeGreaterThanOrEqualTo(6);

		List<Report> reports = lint(LINT_DIR, files);
		List<Report> warnings = reports.stream().filter((r) -> !r.isError()).toList();
		warnings.forEach((w) -> System.out.println("bpmnlint warning: " + w));

		assertThat(reports.stream().filter(Report::isError).map(Report::toString))
			.as("bpmnlint errors in processes/ (warnings: %s)", warnings)
			.isEmpty();
	}

	@Test
	void aModelWithoutIncomingOutgoingAndStartEventNamesFails(@TempDir Path dir) throws Exception {
		String outage = Files.readString(Path.of("processes/OutageProcess.bpmn"), StandardCharsets.UTF_8);
		String handWritten = outage.replaceAll("\\s*<bpmn:(incoming|outgoing)>[^<]*</bpmn:(incoming|outgoing)>", "")
			.replace("id=\"" + Elements.ONGOING_STARTED + "\" name=\"",
					"id=\"" + Elements.ONGOING_STARTED + "\" data-name=\"");
		assertThat(handWritten).isNotEqualTo(outage);
		Path broken = dir.resolve("Broken.bpmn");
		Files.writeString(broken, handWritten, StandardCharsets.UTF_8);

		List<Report> errors = lint(LINT_DIR, List.of(broken)).stream().filter(Report::isError).toList();

		assertThat(errors).allMatch((r) -> r.file().endsWith("Broken.bpmn"))
			.anyMatch((r) -> r.rule().equals("no-disconnected") && r.element().equals(Elements.ASSESS_OUTAGE))
			.anyMatch((r) -> r.rule().equals("no-implicit-start") && r.element().equals(Elements.REGISTER_OUTAGE))
			.anyMatch((r) -> r.rule().equals("label-required") && r.element().equals(Elements.ONGOING_STARTED));
		assertThat(errors.get(0).toString()).contains("Broken.bpmn", errors.get(0).rule(), errors.get(0).element());
	}

	@Test
	void aFileThatAModelerSaveWouldRewriteFails(@TempDir Path dir) throws Exception {
		String faultReport = Files.readString(Path.of("processes/FaultReportProcess.bpmn"), StandardCharsets.UTF_8);
		String handFormatted = faultReport.replace(" isExecutable=\"true\"", "\n      isExecutable=\"true\"");
		assertThat(handFormatted).isNotEqualTo(faultReport);
		Path file = dir.resolve("HandFormatted.bpmn");
		Files.writeString(file, handFormatted, StandardCharsets.UTF_8);

		assertThat(lint(LINT_DIR, List.of(file))).singleElement()
			.satisfies((r) -> assertThat(r.isError()).isTrue())
			.satisfies((r) -> assertThat(r.rule()).isEqualTo("modeler-shape"))
			.satisfies((r) -> assertThat(r.message()).contains("line 3"));
	}

	@Test
	void unreadableXmlIsAnError(@TempDir Path dir) throws Exception {
		Path broken = dir.resolve("Unreadable.bpmn");
		Files.writeString(broken, "<bpmn:definitions", StandardCharsets.UTF_8);

		assertThat(lint(LINT_DIR, List.of(broken))).singleElement()
			.satisfies((r) -> assertThat(r.isError()).isTrue())
			.satisfies((r) -> assertThat(r.rule()).isEqualTo("parse"));
	}

	@Test
	void withoutTheNpmPackagesItFailsAndSaysWhatToRun(@TempDir Path dir) throws IOException {
		Files.copy(LINT_DIR.resolve("lint.mjs"), dir.resolve("lint.mjs"));

		assertThatIllegalStateException().isThrownBy(() -> lint(dir, List.of(Path.of("processes/OutageProcess.bpmn"))))
			.withMessageContaining("npm ci --prefix src/test/bpmnlint");
	}

	static List<Report> lint(Path lintDir, List<Path> files) throws IOException, InterruptedException {
		if (!Files.isDirectory(lintDir.resolve("node_modules/bpmnlint"))
				|| !Files.isDirectory(lintDir.resolve("node_modules/bpmnlint-plugin-camunda-compat"))) {
			throw new IllegalStateException("bpmnlint is not installed in " + lintDir
					+ "/node_modules: run 'npm ci --prefix src/test/bpmnlint' (needs node and npm)");
		}
		List<String> command = new ArrayList<>(List.of("node", lintDir.resolve("lint.mjs").toAbsolutePath().toString()));
		files.forEach((f) -> command.add(f.toAbsolutePath().toString()));
		Process node;
		try {
			node = new ProcessBuilder(command).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start node for bpmnlint: install Node.js, then run "
					+ "'npm ci --prefix src/test/bpmnlint'", ex);
		}
		String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!node.waitFor(2, TimeUnit.MINUTES)) {
			node.destroyForcibly();
			throw new IllegalStateException("bpmnlint did not finish within two minutes:\n" + output);
		}
		assertThat(node.exitValue()).as("lint.mjs exit code, output:%n%s", output).isZero();
		return output.lines().filter((line) -> !line.isBlank()).map(Report::parse).toList();
	}

	private static List<Path> bpmnFiles(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter((f) -> f.toString().endsWith(".bpmn")).sorted().toList();
		}
	}

	record Report(String file, String category, String rule, String element, String message) {

		static Report parse(String line) {
			String[] parts = line.split("\t", 5);
			if (parts.length != 5) {
				throw new IllegalStateException("Unexpected bpmnlint output: " + line);
			}
			return new Report(parts[0], parts[1], parts[2], parts[3], parts[4]);
		}

		boolean isError() {
			return "error".equals(this.category);
		}

		@Override
		public String toString() {
			return Path.of(this.file).getFileName() + ": " + this.element + " " + this.category + " " + this.rule + " ("
					+ this.message + ")";
		}

	}

}
