package se.regionjh.reservrutin.routines;

import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.system.SwedishTime;
import se.regionjh.reservrutin.units.Unit;

/** The Swedish texts of the routine notices, with links into the application. */
@Component
class RoutineMessages {

	private final String baseUrl;

	private final SwedishTime time;

	RoutineMessages(@Value("${reservrutin.links.base-url}") String baseUrl, SwedishTime time) {
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.time = time;
	}

	RoutineNotifier.Notice reminder(Unit unit, ReviewRound round, String reference) {
		return new RoutineNotifier.Notice(RoutineNotifier.Kind.REVIEW_REMINDER, List.of(unit.managerEmail()),
				"Påminnelse: årlig genomgång av reservrutinerna för " + unit.name(),
				"Hej!\n\nDen årliga genomgången av reservrutinerna för " + unit.name() + " ska vara klar senast "
						+ this.time.format(round.dueAt()) + ". Uppgiften \"Gå igenom reservrutinerna\" finns i "
						+ "Tasklist: " + this.baseUrl + "/camunda/app/tasklist/\n\nGällande central reservrutin: "
						+ this.baseUrl + "/reservrutiner\n\nFörvaltningen för 1177 e-tjänster",
				reference);
	}

	RoutineNotifier.Notice escalation(Unit unit, ReviewRound round, String managementMailbox, String reference) {
		return new RoutineNotifier.Notice(RoutineNotifier.Kind.REVIEW_ESCALATION, List.of(managementMailbox),
				"Försenad genomgång av reservrutinerna: " + unit.name(),
				unit.name() + " har inte gått igenom reservrutinerna, som skulle vara klart "
						+ this.time.format(round.dueAt()) + ". Enhetschef: " + unit.manager() + " <"
						+ unit.managerEmail() + ">.\n\nLäget för alla enheter: " + this.baseUrl
						+ "/reservrutiner/granskning",
				reference);
	}

	RoutineNotifier.Notice rejected(Deficiency deficiency, String recipient) {
		return new RoutineNotifier.Notice(RoutineNotifier.Kind.DEFICIENCY_REJECTED, List.of(recipient),
				"Beslut om brist i central reservrutin",
				"Hej!\n\nTack för att du anmälde en brist i den centrala reservrutinen:\n\n\"" + deficiency.description()
						+ "\"\n\nFörvaltningen har bedömt anmälan och ändrar inte rutinen. Motivering:\n\n"
						+ deficiency.decisionReason() + "\n\nFörvaltningen för 1177 e-tjänster",
				"deficiency-" + deficiency.id());
	}

	RoutineNotifier.Notice revised(RoutineVersion version, List<String> recipients) {
		return new RoutineNotifier.Notice(RoutineNotifier.Kind.ROUTINE_REVISED, recipients,
				"Ny version av central reservrutin: version " + version.version(),
				"Hej!\n\nFörvaltningen har fastställt version " + version.version()
						+ " av den centrala reservrutinen för 1177 e-tjänster.\n\nVad som ändrats:\n\n"
						+ version.changeSummary() + "\n\nLäs rutinen: " + this.baseUrl + "/reservrutiner/central/"
						+ version.version() + "\n\nGå igenom ändringen med medarbetarna och se över om enhetens "
						+ "lokala reservrutin behöver ändras. Uppgiften \"Ta del av ny version av central "
						+ "reservrutin\" finns i Tasklist.\n\nFörvaltningen för 1177 e-tjänster",
				"routine-version-" + version.version());
	}

	String date(Instant instant) {
		return this.time.format(instant);
	}

}
