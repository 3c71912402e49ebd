package se.regionjh.reservrutin.system;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessValuesTest {

	@Test
	void readsListsInEveryShapeTheyArrive() {
		assertThat(ProcessValues.strings(Spin.JSON("[\"journalen\", \"formular\"]")))
			.containsExactly("journalen", "formular");
		assertThat(ProcessValues.strings("[\"journalen\"]")).containsExactly("journalen");
		assertThat(ProcessValues.strings("journalen, formular ,")).containsExactly("journalen", "formular");
		assertThat(ProcessValues.strings(List.of("a", " "))).containsExactly("a");
		assertThat(ProcessValues.strings(null)).isEmpty();
	}

	@Test
	void readsTimesWithAndWithoutOffsetAsSwedishTime() {
		Instant expected = Instant.parse("2026-11-26T13:30:00Z");
		assertThat(ProcessValues.instant("2026-11-26T14:30+01:00")).isEqualTo(expected);
		assertThat(ProcessValues.instant("2026-11-26T14:30")).isEqualTo(expected);
		assertThat(ProcessValues.instant("2026-07-01T14:30")).isEqualTo(Instant.parse("2026-07-01T12:30:00Z"));
		assertThat(ProcessValues.instant(Date.from(expected))).isEqualTo(expected);
		assertThat(ProcessValues.instant(" ")).isNull();
		assertThatThrownBy(() -> ProcessValues.instant("i morgon")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("i morgon");
	}

	@Test
	void readsWholeNumbersAndRefusesOthers() {
		assertThat(ProcessValues.number(3L)).isEqualTo(3L);
		assertThat(ProcessValues.number(3.0d)).isEqualTo(3L);
		assertThat(ProcessValues.number("12")).isEqualTo(12L);
		assertThat(ProcessValues.number("")).isNull();
		assertThatThrownBy(() -> ProcessValues.number(2.5d)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ProcessValues.number("tolv")).isInstanceOf(IllegalArgumentException.class);
	}

}
