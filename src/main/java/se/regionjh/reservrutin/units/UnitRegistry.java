package se.regionjh.reservrutin.units;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Looks up the configured units. Named {@code unitRegistry} so BPMN expressions
 * can use it.
 */
@Component("unitRegistry")
public class UnitRegistry {

	private final Map<String, Unit> units = new LinkedHashMap<>();

	UnitRegistry(UnitProperties properties) {
		properties.units().forEach((unit) -> this.units.put(unit.id(), unit));
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
