package se.regionjh.reservrutin.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages under se.regionjh.reservrutin, read from the import
 * lines of src/main/java: no package imports one that imports it, none
 * reaches itself through others either, and the outage package, which the others build on, imports none of the features
 * that build on it.
 */
class PackageDependenciesTest {

	private static final Path ROOT = Path.of("src/main/java/se/regionjh/reservrutin");

	private static final Pattern IMPORT = Pattern
		.compile("^import (?:static )?se\\.regionjh\\.reservrutin\\.([a-z]\\w*)\\.", Pattern.MULTILINE);

	static Map<String, Set<String>> dependencies() throws IOException {
		Map<String, Set<String>> dependencies = new TreeMap<>();
		try (Stream<Path> files = Files.walk(ROOT)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Path relative = ROOT.relativize(file);
				if (relative.getNameCount() < 2) {
					continue;
				}
				String from = relative.getName(0).toString();
				Matcher imported = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (imported.find()) {
					if (!imported.group(1).equals(from)) {
						dependencies.computeIfAbsent(from, (k) -> new TreeSet<>()).add(imported.group(1));
					}
				}
			}
		}
		return dependencies;
	}

	@Test
	void noPackageImportsOneThatImportsIt() throws IOException {
		Map<String, Set<String>> dependencies = dependencies();
		List<String> loops = new ArrayList<>();
		dependencies.forEach((from, targets) -> targets.stream()
			.filter((to) -> from.compareTo(to) < 0 && dependencies.getOrDefault(to, Set.of()).contains(from))
			.forEach((to) -> loops.add(from + " <-> " + to)));

		assertThat(dependencies).containsKeys("outage", "faultreport", "intake", "publication");
		assertThat(loops).isEmpty();
	}

	@Test
	void noPackageReachesItselfThroughOthers() throws IOException {
		Map<String, Set<String>> dependencies = dependencies();
		List<String> loops = new ArrayList<>();
		for (String start : dependencies.keySet()) {
			List<String> loop = pathBack(start, start, dependencies, new ArrayList<>(List.of(start)), new TreeSet<>());
			if (loop != null) {
				loops.add(String.join(" -> ", loop));
			}
		}
		assertThat(loops).isEmpty();
	}

	/** A path of imports from {@code at} back to {@code start}, or null. */
	private static List<String> pathBack(String start, String at, Map<String, Set<String>> dependencies,
			List<String> path, Set<String> seen) {
		for (String next : dependencies.getOrDefault(at, Set.of())) {
			if (next.equals(start)) {
				List<String> loop = new ArrayList<>(path);
				loop.add(start);
				return loop;
			}
			if (seen.add(next)) {
				path.add(next);
				List<String> found = pathBack(start, next, dependencies, path, seen);
				if (found != null) {
					return found;
				}
				path.remove(path.size() - 1);
			}
		}
		return null;
	}

	@Test
	void theOutageImportsNoFeatureThatBuildsOnIt() throws IOException {
		assertThat(dependencies().get("outage")).doesNotContain("faultreport", "intake", "publication", "routines",
				"templates");
	}

}
