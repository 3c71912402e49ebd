package se.regionjh.reservrutin.outage;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import se.regionjh.reservrutin.units.EService;
import se.regionjh.reservrutin.system.SwedishTime;

/**
 * The Swedish wording of journal entries and publications. Plain text: each
 * channel escapes it for its own format.
 */
public final class OutageWording {


	private OutageWording() {
	}

	/** "1177 Journalen, 1177 Formulär" */
	public static String serviceNames(List<String> serviceIds) {
		return serviceIds.stream()
			.map((id) -> EService.byId(id).map(EService::displayName).orElse(id))
			.collect(Collectors.joining(", "));
	}

	/** Local Swedish time, e.g. "26 november 2026 kl. 14:30"; "okänd" when not known. */
	public static String time(Instant instant) {
		return (instant != null) ? SwedishTime.WRITTEN.format(instant) : "okänd";
	}

	/** A subject a person can sort by: services, then state. */
	public static String subject(Outage outage, String what) {
		return "[" + serviceNames(outage.services()) + "] " + what + ": " + outage.title();
	}

	static String rescheduled(Outage outage, String text) {
		String base = "Ny tid för det planerade driftstoppet: " + time(outage.startsAt()) + " till "
				+ time(outage.expectedEnd()) + ".";
		return (text == null || text.isBlank()) ? base : base + "\n\n" + text;
	}

	static String cancelled(Outage outage, String reason) {
		String base = "Det planerade driftstoppet av " + serviceNames(outage.services()) + " är inställt.";
		return (reason == null || reason.isBlank()) ? base : base + "\n\n" + reason;
	}

	static String started(Outage outage) {
		return "Det planerade driftstoppet av " + serviceNames(outage.services()) + " har börjat. Prognos: "
				+ time(outage.expectedEnd()) + ".";
	}

	static String restored(Outage outage, String text) {
		String base = serviceNames(outage.services()) + " fungerar igen sedan " + time(outage.resolvedAt())
				+ ". Gå igenom de ärenden som kom in under driftstörningen.";
		return (text == null || text.isBlank()) ? base : base + "\n\n" + text;
	}

}
