package se.regionjh.reservrutin.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.outage.IneraNotice;
import se.regionjh.reservrutin.outage.OutageIntake;
import se.regionjh.reservrutin.outage.OutageIntake.Received;
import se.regionjh.reservrutin.outage.OutageJournal;

/**
 * First notices (planned or incident) from the API. {@link OutageIntake} looks the reference up
 * before it inserts, so two first notices with one reference that arrive
 * together both pass the check and one insert fails on the unique Inera
 * reference (its transaction, process start included, is rolled back). That
 * caller is answered with the outage the other one created, read in a new
 * transaction: deliberately not transactional here.
 */
@Component
class IneraNotices {

	private static final Logger log = LoggerFactory.getLogger(IneraNotices.class);

	/** The winner may not have committed when the loser's insert failed (H2 answers at once). */
	private static final int LOOKUPS = 20;

	private static final long LOOKUP_PAUSE_MILLIS = 50;

	private final OutageIntake intake;

	private final OutageJournal journal;

	IneraNotices(OutageIntake intake, OutageJournal journal) {
		this.intake = intake;
		this.journal = journal;
	}

	Received planned(IneraNotice notice) {
		return opened(notice, this.intake::plannedNotice);
	}

	Received incident(IneraNotice notice) {
		return opened(notice, this.intake::incidentNotice);
	}

	private Received opened(IneraNotice notice, java.util.function.Function<IneraNotice, Received> open) {
		try {
			return open.apply(notice);
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Concurrent first notice for Inera reference {}; answering with the outage the other created",
					notice.reference());
			for (int attempt = 0; attempt < LOOKUPS; attempt++) {
				var existing = this.journal.findByIneraReference(notice.reference());
				if (existing.isPresent()) {
					return new Received(existing.get(), false);
				}
				pause();
			}
			throw ex;
		}
	}

	private static void pause() {
		try {
			Thread.sleep(LOOKUP_PAUSE_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
