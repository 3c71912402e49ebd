package se.regionjh.reservrutin.outage;

import java.util.ArrayList;
import java.util.List;

import se.regionjh.reservrutin.units.EService;

/**
 * The suggested local routines of the central routine (R16–R19), as the
 * checklist a unit's task carries for the services that are down. The text
 * is what staff read: requirement codes stay in these comments.
 */
final class LocalRoutineChecklists {

	static final String TEMPLATES_PATH = "/mallar/senaste.pdf";

	private LocalRoutineChecklists() {
	}

	/** R17 and R18: what to do while the services are down. */
	static String duringOutage(Outage outage, String baseUrl) {
		List<String> lines = new ArrayList<>();
		if (outage.services().contains(EService.PERSONALVERKTYGET.id())) {
			lines.add("Personalverktyget går inte att nå:");
			lines.add("- Ingen vet om patienter har skickat eller besvarat ärenden. Bedöm vilka patienter som "
					+ "behöver ringas upp och vilka som kan vänta.");
			lines.add("- Ring patienten i stället för att skicka invånarärenden, eller skicka brev när det inte är "
					+ "brådskande.");
			lines.add("- Kopior av de centralt administrerade mallarna: " + baseUrl + TEMPLATES_PATH);
			lines.add("- Använd enhetens egna lokala mallar.");
		}
		List<String> others = outage.services()
			.stream()
			.filter((id) -> !id.equals(EService.PERSONALVERKTYGET.id()) && !id.equals(EService.JOURNALEN.id()))
			.map((id) -> EService.require(id).displayName())
			.toList();
		if (!others.isEmpty()) {
			if (!lines.isEmpty()) {
				lines.add("");
			}
			lines.add(String.join(", ", others) + " går inte att nå:");
			lines.add("- Vad skulle skickas ut till patienter? Behöver någon patient ringas upp?");
			lines.add("- Vad väntade ni skulle komma in? Behöver någon patient kontaktas?");
		}
		if (lines.isEmpty()) {
			lines.add("Följ enhetens lokala reservrutin för " + OutageWording.serviceNames(outage.services()) + ".");
		}
		return String.join("\n", lines);
	}

	/** R19: patients have not been able to log in for more than a day. */
	static String loginOutage(Outage outage) {
		return String.join("\n", "Invånarna har inte kunnat logga in på 1177 på mer än ett dygn:",
				"- Förvaltningen rekommenderar att enheten ökar sin telefontillgänglighet.",
				"- Gå igenom vad enheten har skickat till patienter under störningen.",
				"- Bedöm vilken viktig information en patient kan ha missat och ring de patienterna.");
	}

	/** R16 (and R19 for login outages): after recovery. */
	static String afterRecovery(Outage outage) {
		List<String> lines = new ArrayList<>();
		lines.add("Gå igenom de ärenden som kommit in under driftstörningen:");
		lines.add("- Ett ärende som redan har lösts per telefon eller på annat sätt kan avslutas i "
				+ "personalverktyget med funktionen \"avsluta utan svar\".");
		if (outage.loginAffected()) {
			lines.add("- Invånarna kunde inte logga in: gå igenom vad ni skickade till patienter under "
					+ "störningen, bedöm vilken viktig information en patient kan ha missat och ring de patienterna.");
		}
		return String.join("\n", lines);
	}

}
