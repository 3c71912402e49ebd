package se.regionjh.reservrutin.outage;

import java.time.Instant;
import java.util.List;

/**
 * A planned-outage notice from Inera ("servicefönster"), however it arrived.
 *
 * @param reference Inera's own reference, the key of every later notice
 * @param title short Swedish title
 * @param services affected service ids
 * @param startsAt planned start
 * @param expectedEnd planned end
 * @param text Inera's text, kept as it came
 * @param source where it came from (API, MAILBOX, ...), for the journal
 */
public record IneraNotice(String reference, String title, List<String> services, Instant startsAt,
		Instant expectedEnd, String text, String source) {

	public IneraNotice {
		services = List.copyOf(services);
	}

}
