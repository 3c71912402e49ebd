package se.regionjh.reservrutin.outage;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The journal reads a read model needs, on a connection source of its own
 * choosing ({@link OutageJournal#readerOn}), so a reader can be kept off the
 * pool that requests and jobs write through.
 */
public interface JournalReader {

	/** Outages, newest first; {@code states} empty means all. */
	List<Outage> list(List<OutageState> states, int limit);

	/**
	 * The public timeline entries of many outages in one query, by outage id
	 * (an outage with none is absent), each in the order they happened.
	 */
	Map<Long, List<JournalEntry>> publicTimelines(Collection<Long> outageIds);

}
