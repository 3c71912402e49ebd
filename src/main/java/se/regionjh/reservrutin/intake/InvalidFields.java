package se.regionjh.reservrutin.intake;

import java.util.List;

/** Fields of a request that are wrong in a way only the controller can tell; answered with 400. */
class InvalidFields extends RuntimeException {

	record Field(String field, String message) {
	}

	private final List<Field> fields;

	InvalidFields(List<Field> fields) {
		super(fields.toString());
		this.fields = List.copyOf(fields);
	}

	List<Field> fields() {
		return this.fields;
	}

}
