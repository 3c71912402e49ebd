package se.regionjh.reservrutin.routines;

import java.util.List;

/**
 * Tells people what the routine processes decided or need: reminders,
 * escalations, rejected deficiencies and new routine versions. The
 * processes only know this; sending is the delivery outbox's job, after the
 * calling step has committed.
 */
public interface RoutineNotifier {

	void send(Notice notice);

	/**
	 * @param recipients e-mail addresses
	 * @param reference what the notice is about, e.g. "review-round-3/hc-krokom"
	 */
	record Notice(Kind kind, List<String> recipients, String subject, String body, String reference) {

		public Notice {
			recipients = List.copyOf(recipients);
		}

	}

	enum Kind {

		REVIEW_REMINDER, REVIEW_ESCALATION, DEFICIENCY_REJECTED, ROUTINE_REVISED, FAULT_REPORT_RECEIVED,
		TRIAGE_OVERDUE, TRIAGE_ESCALATION

	}

}
