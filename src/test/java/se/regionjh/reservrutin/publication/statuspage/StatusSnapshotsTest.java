package se.regionjh.reservrutin.publication.statuspage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageJournal;
import se.regionjh.reservrutin.outage.OutageState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class StatusSnapshotsTest {

	OutageJournal journal = mock(OutageJournal.class);

	StatusSnapshots snapshots = new StatusSnapshots(this.journal, new StatusPageProperties(7, Duration.ofSeconds(30), 200));

	@Test
	void keepsServingTheLastSnapshotWhileTheDatabaseIsDown() {
		Outage outage = outage(OutageState.ONGOING);
		when(this.journal.list(eq(List.of(OutageState.ONGOING, OutageState.PLANNED)), anyInt()))
			.thenReturn(List.of(outage));
		when(this.journal.timeline(anyLong())).thenReturn(List.of());
		assertThat(this.snapshots.refresh()).isTrue();
		StatusSnapshot good = this.snapshots.current();
		assertThat(good.ongoing()).extracting(StatusSnapshot.OutageView::reference).containsExactly("DS-2026-0001");
		assertThat(good.stale()).isFalse();

		when(this.journal.list(anyList(), anyInt())).thenThrow(new CannotGetJdbcConnectionException("down"));
		assertThat(this.snapshots.refresh()).isFalse();

		StatusSnapshot kept = this.snapshots.current();
		assertThat(kept.ongoing()).isEqualTo(good.ongoing());
		assertThat(kept.builtAt()).isEqualTo(good.builtAt());
		assertThat(kept.failedSince()).isNotNull();
		assertThat(kept.stale()).isTrue();
		assertThat(kept.version()).isGreaterThan(good.version());
	}

	@Test
	void servicesShowTheWorstCurrentCondition() {
		when(this.journal.list(eq(List.of(OutageState.ONGOING, OutageState.PLANNED)), anyInt()))
			.thenReturn(List.of(outage(OutageState.ONGOING)));
		this.snapshots.refresh();
		assertThat(this.snapshots.current().services()).filteredOn((s) -> s.id().equals("journalen"))
			.singleElement()
			.extracting(StatusSnapshot.ServiceStatus::condition)
			.isEqualTo(StatusSnapshot.Condition.DISTURBED);
		assertThat(this.snapshots.current().services()).filteredOn((s) -> !s.id().equals("journalen"))
			.allMatch((s) -> s.condition() == StatusSnapshot.Condition.NORMAL);
	}

	static Outage outage(OutageState state) {
		Instant now = Instant.now();
		return new Outage(1, "DS-2026-0001", null, "Journalen nere", List.of("journalen"), List.of("hc-krokom"), false,
				false, state, now, now.plusSeconds(3600), null, null, null, "Text", null, null, now, now);
	}

}
