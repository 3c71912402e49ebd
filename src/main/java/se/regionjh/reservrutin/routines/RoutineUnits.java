package se.regionjh.reservrutin.routines;

import java.util.List;

import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.units.Unit;
import se.regionjh.reservrutin.units.UnitRegistry;

/**
 * The units whose managers are told of a new central routine version: the
 * multi-instance collection {@code ${routineUnits.ids()}}.
 */
@Component("routineUnits")
public class RoutineUnits {

	private final UnitRegistry units;

	RoutineUnits(UnitRegistry units) {
		this.units = units;
	}

	public List<String> ids() {
		return this.units.all().stream().map(Unit::id).toList();
	}

}
