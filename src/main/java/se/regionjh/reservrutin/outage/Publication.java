package se.regionjh.reservrutin.outage;

import java.time.Instant;
import java.util.List;

/**
 * A message that must reach an audience through the routine's channels. It is
 * recorded with its journal entry in one transaction; the channels deliver it.
 */
public record Publication(long id, long outageId, Long entryId, Kind kind, Audience audience,
		OutageState outageState, List<String> services, List<String> units, String subject, String body,
		Instant createdAt, String createdBy) {

	public Publication {
		services = List.copyOf(services);
		units = List.copyOf(units);
	}

	/** What the publication says. */
	public enum Kind {

		ANNOUNCEMENT, STARTED, STATUS_UPDATE, RESCHEDULED, CANCELLED, RESTORED, PHONE_AVAILABILITY,
		UNIT_REMINDER, UNIT_ROUTINE, UNIT_REVIEW_REMINDER, UNIT_REVIEW_ESCALATION, UPDATE_OVERDUE,
		UPDATE_ESCALATION, INERA_INFO_REQUEST, RECOVERY_CONFIRMATION, RECOVERY_CONFIRMATION_OVERDUE,
		RECOVERY_CONFIRMATION_ESCALATION, NOTICE_RECEIVED, ASSESSMENT_OVERDUE, ASSESSMENT_ESCALATION

	}

	/** Who must receive it. */
	public enum Audience {

		/** Everyone: the services' Teams channels, the status page, and e-mail to the affected units. */
		PUBLIC,
		/** The affected units by e-mail (their functional mailboxes). */
		UNITS,
		/** The managers of the affected units and management's functional mailbox. */
		UNIT_MANAGERS,
		/** Management's functional mailbox. */
		MANAGEMENT,
		/** Inera's service desk. */
		INERA

	}

}
