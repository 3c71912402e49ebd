package se.regionjh.reservrutin.outage;

/**
 * The kinds of journal entries on an outage's timeline, with Swedish labels.
 */
public enum EntryType {

	INERA_NOTICE("Meddelande från Inera"),
	DECLARED("Driftstörning anmäld av förvaltningen"),
	FAULT_REPORT("Felanmälan"),
	MANAGEMENT_ALERTED("Förvaltningen underrättad om Ineras meddelande"),
	ASSESSMENT_OVERDUE("Bedömning försenad"),
	ASSESSMENT_ESCALATED("Försenad bedömning eskalerad"),
	ASSESSMENT("Bedömning"),
	INERA_INFO_CONFIRMED("Ineras driftinformation finns"),
	INERA_INFO_REQUESTED("Driftinformation begärd från Inera"),
	RESCHEDULED("Ny tid"),
	CANCELLED("Inställd"),
	STARTED("Driftstörningen har börjat"),
	STATUS_UPDATE("Lägesuppdatering"),
	INERA_UPDATE("Uppdatering från Inera"),
	INERA_RESOLVED("Inera meddelar att felet är åtgärdat"),
	RECOVERY_CONFIRMATION_REQUESTED("Förvaltningen ombedd att bekräfta åter i drift"),
	RECOVERY_NOT_CONFIRMED("Åter i drift inte bekräftat av förvaltningen"),
	RECOVERY_CONFIRMATION_OVERDUE("Bekräftelse av åter i drift försenad"),
	RECOVERY_CONFIRMATION_ESCALATED("Försenad bekräftelse av åter i drift eskalerad"),
	UPDATE_OVERDUE("Lägesuppdatering försenad"),
	UPDATE_ESCALATED("Försenad lägesuppdatering eskalerad"),
	UNIT_REMINDER("Påminnelse till enheter"),
	UNIT_ROUTINE_TASKS("Enheterna ombedda att följa lokal reservrutin"),
	LOGIN_CHANGED("Ändrat om invånarnas inloggning påverkas"),
	PHONE_AVAILABILITY("Rekommendation: öka telefontillgängligheten"),
	RESTORED("Åter i drift"),
	UNIT_REVIEW_DONE("Enhetens genomgång klar"),
	UNIT_REVIEW_REMINDER("Påminnelse om genomgång"),
	UNIT_REVIEW_ESCALATED("Genomgång försenad"),
	UNIT_REVIEWS_CLOSED("Återstående genomgångar stängda av förvaltningen"),
	CLOSED("Avslutad och uppföljd"),
	DEFICIENCY_FOUND("Brist i central reservrutin");

	private final String label;

	EntryType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
