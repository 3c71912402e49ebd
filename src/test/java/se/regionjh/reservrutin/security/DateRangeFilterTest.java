package se.regionjh.reservrutin.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DateRangeFilterTest {

	private final ObjectMapper json = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "+999999999-01-01T00:00:00.000+0100", "999999999-01-01T00:00:00.000+0100",
			"10000-01-01T00:00:00.000+0000", "-0001-01-01T00:00:00.000+0000", "+2026-01-01T00:00:00Z" })
	void yearsTheDatabaseCannotHoldAreOutOfRange(String date) {
		assertThat(DateRangeFilter.outOfRange(date)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "9999-12-31T23:59:59.999+0100", "2026-12-03T10:00:00.000+0100", "2026-12-03T10:00:00",
			"0001-01-01T00:00:00.000+0000", "Ring tillbaka 999999999-01-01T00:00", "999999999", "2026-12-03" })
	void ordinaryDatesAndTextAreNot(String text) {
		assertThat(DateRangeFilter.outOfRange(text)).isFalse();
	}

	@Test
	void aTypedVariableIsNamedByItsName() throws Exception {
		assertThat(DateRangeFilter.find(this.json.readTree("""
				{"variables":{"note":{"value":"+999999999-01-01T00:00:00.000+0100","type":"String"},
				"deadline":{"value":"+999999999-01-01T00:00:00.000+0100","type":"Date"}}}"""), "värde"))
			.hasValue("deadline");
	}

	@Test
	void aQueryConditionIsNamedByItsVariable() throws Exception {
		assertThat(DateRangeFilter.find(this.json.readTree("""
				{"processVariables":[{"name":"startedAt","operator":"gt","value":"99999-01-01T00:00:00.000+0100"}]}"""),
				"värde"))
			.hasValue("startedAt");
		assertThat(DateRangeFilter.find(this.json.readTree("{\"dueBefore\":\"99999-01-01T00:00:00.000+0100\"}"),
				"värde"))
			.hasValue("dueBefore");
	}

}
