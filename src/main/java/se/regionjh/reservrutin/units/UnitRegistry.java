package se.regionjh.reservrutin.units;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Looks up the configured units. Named {@code unitRegistry} so BPMN expressions
 * can use it. Outside the demo profile it refuses to start without units: an
 * outage would otherwise reach no unit and nobody could report a fault.
 */
@Component("unitRegistry")
public class UnitRegistry {

	private static final Logger log = LoggerFactory.getLogger(UnitRegistry.class);

	/** The environment variable (and property) naming the registry file, as in application.yaml. */
	static final String FILE_VARIABLE = "RESERVRUTIN_UNITS_FILE";

	static final String DEFAULT_FILE = "./config/units.yaml";

	private final Map<String, Unit> units = new LinkedHashMap<>();

	private final String source;

	UnitRegistry(UnitProperties properties, ConfigurableEnvironment environment) {
		properties.units().forEach((unit) -> this.units.put(unit.id(), unit));
		this.source = sourceOf(environment);
		if (this.units.isEmpty() && !environment.acceptsProfiles(Profiles.of("demo"))) {
			Path file = Path.of(environment.getProperty(FILE_VARIABLE, DEFAULT_FILE)).toAbsolutePath().normalize();
			throw new IllegalStateException("Refusing to start without care units: the unit registry " + file
					+ " is missing or lists no units. Set " + FILE_VARIABLE
					+ " to the registry file (format: units/demo-units.yaml in the jar, see README 'Units').");
		}
		log.info("Unit registry: {} units from {}", this.units.size(), this.source);
	}

	/** Which configuration file the units were read from, for the start log and operators. */
	public String source() {
		return this.source;
	}

	private static String sourceOf(ConfigurableEnvironment environment) {
		return environment.getPropertySources()
			.stream()
			.filter((source) -> source instanceof EnumerablePropertySource<?>)
			.filter((source) -> source.containsProperty("reservrutin.units[0].id"))
			.map((source) -> source.getName())
			.findFirst()
			.orElse("no configuration file");
	}

	public List<Unit> all() {
		return List.copyOf(this.units.values());
	}

	public Optional<Unit> find(String unitId) {
		return Optional.ofNullable(this.units.get(unitId));
	}

	public Unit require(String unitId) {
		return find(unitId).orElseThrow(() -> new IllegalArgumentException("Okänd enhet: '" + unitId + "'"));
	}

	/** Ids of every unit that uses at least one of the given services. */
	public List<String> unitIdsUsing(Collection<String> serviceIds) {
		return this.units.values()
			.stream()
			.filter((unit) -> serviceIds.stream().anyMatch(unit::uses))
			.map(Unit::id)
			.toList();
	}

	/** The unit a Camunda group id belongs to, if it is a unit's group. */
	public Optional<Unit> byGroupId(String groupId) {
		if (groupId == null || !groupId.startsWith(Unit.GROUP_PREFIX)) {
			return Optional.empty();
		}
		String rest = groupId.substring(Unit.GROUP_PREFIX.length());
		if (rest.endsWith(Unit.MANAGER_GROUP_SUFFIX)) {
			rest = rest.substring(0, rest.length() - Unit.MANAGER_GROUP_SUFFIX.length());
		}
		return find(rest);
	}

}
