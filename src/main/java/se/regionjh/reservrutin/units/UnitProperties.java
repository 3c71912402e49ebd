package se.regionjh.reservrutin.units;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The unit registry, read from {@code RESERVRUTIN_UNITS_FILE} (default
 * {@code ./config/units.yaml}), or in the demo profile from {@code units/demo-units.yaml}
 * inside the jar (see application.yaml).
 */
@Validated
@ConfigurationProperties("reservrutin")
public record UnitProperties(List<@Valid Unit> units) {

	public UnitProperties {
		units = (units != null) ? List.copyOf(units) : List.of();
		Set<String> seen = new HashSet<>();
		for (Unit unit : units) {
			if (!seen.add(unit.id())) {
				throw new IllegalArgumentException("Unit id '" + unit.id() + "' appears twice in the unit registry");
			}
			for (String service : unit.services()) {
				if (EService.byId(service).isEmpty()) {
					throw new IllegalArgumentException(
							"Unit '" + unit.id() + "' names unknown service '" + service + "'");
				}
			}
		}
	}

}
