package se.regionjh.reservrutin.outage;

import java.util.List;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * A list of strings as a JSON process variable: the shape a Camunda Forms
 * checklist reads and writes, with no Java serialization.
 */
public final class JsonLists {

	private JsonLists() {
	}

	public static JsonValue of(List<String> values) {
		SpinJsonNode array = Spin.JSON("[]");
		values.forEach(array::append);
		return SpinValues.jsonValue(array).create();
	}

}
