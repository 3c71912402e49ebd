package se.regionjh.reservrutin.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

import se.regionjh.reservrutin.outage.IneraNotice;
import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageIntake;
import se.regionjh.reservrutin.outage.OutageIntake.Received;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.outage.OutageState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The race of two first notices with one reference, made deterministic: the
 * loser's insert fails on the unique Inera reference after its existence check
 * passed. The concurrent test in {@link IneraNoticeApiTest} runs the real thing.
 */
class IneraNoticesTest {

	private final OutageIntake intake = mock(OutageIntake.class);

	private final OutageJournal journal = mock(OutageJournal.class);

	private final IneraNotices notices = new IneraNotices(this.intake, this.journal);

	private final IneraNotice notice = new IneraNotice("INC1", "Underhåll", List.of("journalen"),
			Instant.parse("2026-12-03T17:00:00Z"), Instant.parse("2026-12-03T21:00:00Z"), "text", "API");

	private final Outage winner = new Outage(7, "DS-2026-0007", "INC1", "Underhåll", List.of("journalen"), List.of(),
			true, false, OutageState.NEW, null, null, null, null, null, null, null, "pi-1", Instant.now(),
			Instant.now());

	@Test
	void theLoserOfTheRaceIsAnsweredWithTheWinnersOutage() {
		when(this.intake.plannedNotice(any())).thenThrow(new DuplicateKeyException("outage.inera_reference"));
		when(this.journal.findByIneraReference("INC1")).thenReturn(Optional.empty(), Optional.of(this.winner));

		Received received = this.notices.planned(this.notice);

		assertThat(received.created()).isFalse();
		assertThat(received.outage()).isEqualTo(this.winner);
	}

	@Test
	void aConstraintViolationWithNoOutageBehindItIsNotHidden() {
		DuplicateKeyException violation = new DuplicateKeyException("something else");
		when(this.intake.plannedNotice(any())).thenThrow(violation);
		when(this.journal.findByIneraReference("INC1")).thenReturn(Optional.empty());

		assertThatThrownBy(() -> this.notices.planned(this.notice)).isSameAs(violation);
	}

}
