package se.regionjh.reservrutin.outage;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The affected units of an outage, for multi-instance collections:
 * {@code ${outageUnits.affected(outageId)}}.
 */
@Component("outageUnits")
public class OutageUnits {

	private final OutageJournal journal;

	OutageUnits(OutageJournal journal) {
		this.journal = journal;
	}

	public List<String> affected(Object outageId) {
		return this.journal.require(((Number) outageId).longValue()).units();
	}

}
