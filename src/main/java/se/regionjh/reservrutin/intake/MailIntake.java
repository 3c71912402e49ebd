package se.regionjh.reservrutin.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionjh.reservrutin.faultreport.FaultReport;
import se.regionjh.reservrutin.faultreport.FaultReportSource;
import se.regionjh.reservrutin.faultreport.FaultReports;
import se.regionjh.reservrutin.faultreport.NewFaultReport;
import se.regionjh.reservrutin.intake.IneraMailParser.Parsed;
import se.regionjh.reservrutin.intake.IntakeMessages.Outcome;
import se.regionjh.reservrutin.outage.IneraNotice;
import se.regionjh.reservrutin.outage.NoticeRefusedException;
import se.regionjh.reservrutin.outage.OutageWording;
import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageIntake;
import se.regionjh.reservrutin.units.Unit;
import se.regionjh.reservrutin.units.UnitRegistry;

/**
 * Takes one mail in, once: the row in {@code intake_message} commits with the
 * outage notice or fault report it produced. A mail that cannot go where it
 * should still becomes a fault report carrying its whole text, and is shown to
 * management as NEEDS_REVIEW or FAILED; only when not even that can be written
 * (the database is away) does the exception reach the poller, which leaves the
 * mail unflagged for the next poll.
 */
@Component
class MailIntake {

	/** What became of a mail; {@code outcome} is null for one already taken in. */
	record Taken(Outcome outcome) {

		static final Taken DUPLICATE = new Taken(null);

		boolean duplicate() {
			return this.outcome == null;
		}

	}

	static final String SOURCE = "MAILBOX";

	private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

	private final IntakeMessages messages;

	private final OutageIntake outageIntake;

	private final FaultReports faultReports;

	private final UnitRegistry units;

	private final IdentityService identityService;

	private final TransactionTemplate transaction;

	MailIntake(IntakeMessages messages, OutageIntake outageIntake, FaultReports faultReports, UnitRegistry units,
			IdentityService identityService, TransactionTemplate transaction) {
		this.messages = messages;
		this.outageIntake = outageIntake;
		this.faultReports = faultReports;
		this.units = units;
		this.identityService = identityService;
		this.transaction = transaction;
	}

	Taken take(IncomingMail mail, boolean fromInera) {
		if (alreadyTaken(mail)) {
			return Taken.DUPLICATE;
		}
		for (int attempt = 1;; attempt++) {
			try {
				return this.transaction.execute((status) -> apply(mail, fromInera));
			}
			catch (DuplicateKeyException ex) {
				if (alreadyTaken(mail)) {
					return Taken.DUPLICATE;
				}
				// A first notice with the same Inera reference committed meanwhile: the retry finds its outage.
				if (attempt == 1) {
					continue;
				}
				return fallback(mail, fromInera, Outcome.FAILED, "Kunde inte tas in: " + ex.getMostSpecificCause());
			}
			catch (NoticeRefusedException ex) {
				return fallback(mail, fromInera, Outcome.NEEDS_REVIEW,
						"Meddelandet från Inera kunde inte kopplas till en driftstörning: " + ex.getMessage());
			}
			catch (RuntimeException ex) {
				log.error("Taking in mail {} failed; recording it as a fault report for management", mail.messageId(),
						ex);
				return fallback(mail, fromInera, Outcome.FAILED, "Kunde inte tas in: " + ex);
			}
		}
	}

	private boolean alreadyTaken(IncomingMail mail) {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> this.messages.exists(mail.messageId())));
	}

	private Taken apply(IncomingMail mail, boolean fromInera) {
		if (!mail.readable()) {
			return reviewed(mail, fromInera, Outcome.FAILED, "Kunde inte läsa e-postens innehåll (" + mail.readError()
					+ "). Originalet finns i felanmälan.");
		}
		if (!fromInera) {
			FaultReport report = this.faultReports.report(staffReport(mail));
			this.messages.record(mail, false, Outcome.FAULT_REPORT, null, report.id(), null);
			return new Taken(Outcome.FAULT_REPORT);
		}
		Parsed parsed = IneraMailParser.parse(mail.subject(), mail.text(), mail.sentAt());
		return switch (parsed.kind()) {
			case PLANNED -> planned(mail, parsed);
			case UPDATED, CANCELLED, RESOLVED -> change(mail, parsed);
			case INCIDENT -> incident(mail, parsed);
			case UNKNOWN -> reviewed(mail, true, Outcome.NEEDS_REVIEW,
					"Kunde inte avgöra vilket slags meddelande från Inera det är");
		};
	}

	private Taken planned(IncomingMail mail, Parsed parsed) {
		List<String> missing = parsed.missingForPlanned();
		if (!missing.isEmpty()) {
			return reviewed(mail, true, Outcome.NEEDS_REVIEW, "Planerat driftstopp från Inera, men det gick inte att läsa: "
					+ String.join(", ", missing));
		}
		var received = this.outageIntake.plannedNotice(new IneraNotice(parsed.reference(), parsed.title(),
				parsed.services(), parsed.startsAt(), parsed.expectedEnd(), mail.text(), SOURCE));
		this.messages.record(mail, true, Outcome.NOTICE, received.outage().id(), null, null);
		return new Taken(Outcome.NOTICE);
	}

	/** Inera reports an incident: an unplanned outage with Inera's reference, so its later mails correlate. */
	private Taken incident(IncomingMail mail, Parsed parsed) {
		List<String> missing = new ArrayList<>();
		if (parsed.reference() == null) {
			missing.add("referens");
		}
		if (parsed.services().isEmpty()) {
			missing.add("tjänst");
		}
		if (!missing.isEmpty()) {
			return reviewed(mail, true, Outcome.NEEDS_REVIEW,
					"Driftstörning från Inera, men det gick inte att läsa: " + String.join(", ", missing));
		}
		var received = this.outageIntake.incidentNotice(new IneraNotice(parsed.reference(), parsed.title(),
				parsed.services(), parsed.startsAt(), parsed.expectedEnd(), mail.text(), SOURCE));
		this.messages.record(mail, true, Outcome.NOTICE, received.outage().id(), null, null);
		return new Taken(Outcome.NOTICE);
	}

	private Taken change(IncomingMail mail, Parsed parsed) {
		if (parsed.reference() == null) {
			return reviewed(mail, true, Outcome.NEEDS_REVIEW,
					"Det gick inte att läsa Ineras referens, så meddelandet kunde inte kopplas till en driftstörning");
		}
		Outage outage = switch (parsed.kind()) {
			case UPDATED -> this.outageIntake.updated(parsed.reference(), parsed.startsAt(), parsed.expectedEnd(),
					mail.text());
			case CANCELLED -> this.outageIntake.cancelled(parsed.reference(), mail.text());
			default -> this.outageIntake.resolved(parsed.reference(), mail.text());
		};
		this.messages.record(mail, true, Outcome.NOTICE, outage.id(), null, null);
		return new Taken(Outcome.NOTICE);
	}

	/** A fault report with the whole text, and the mail shown to management with the reason. */
	private Taken reviewed(IncomingMail mail, boolean fromInera, Outcome outcome, String reason) {
		String text = mail.readable() ? mail.text() : "";
		NewFaultReport report = fromInera ? ineraReport(mail, IneraMailParser.parse(mail.subject(), text, mail.sentAt()),
				reason)
				: new NewFaultReport(reporter(mail), unitOf(mail.sender()).orElse(null),
						IneraMailParser.services(searchable(mail)), reason + "\n\n" + body(mail),
						cut(mail.sender(), 200), FaultReportSource.MAILBOX);
		FaultReport created = this.faultReports.report(report);
		this.messages.record(mail, fromInera, outcome, null, created.id(), reason);
		log.warn("Mail {} from {} needs management: {}", mail.messageId(), mail.sender(), reason);
		return new Taken(outcome);
	}

	private Taken fallback(IncomingMail mail, boolean fromInera, Outcome outcome, String reason) {
		try {
			return this.transaction.execute((status) -> reviewed(mail, fromInera, outcome, reason));
		}
		catch (DuplicateKeyException ex) {
			return Taken.DUPLICATE;
		}
		catch (RuntimeException ex) {
			log.error("Mail {} could not become a fault report either; recording the error only", mail.messageId(), ex);
			String error = reason + "; felanmälan kunde inte heller skapas: " + ex;
			this.transaction.executeWithoutResult(
					(status) -> this.messages.record(mail, fromInera, Outcome.FAILED, null, null, error));
			return new Taken(Outcome.FAILED);
		}
	}

	private NewFaultReport staffReport(IncomingMail mail) {
		return new NewFaultReport(reporter(mail), unitOf(mail.sender()).orElse(null),
				IneraMailParser.services(searchable(mail)), "E-post till funktionsbrevlådan.\n\n" + body(mail),
				cut(mail.sender(), 200), FaultReportSource.MAILBOX);
	}

	private NewFaultReport ineraReport(IncomingMail mail, Parsed parsed, String reason) {
		StringBuilder description = new StringBuilder("Meddelande från Inera till funktionsbrevlådan.\n");
		if (reason != null) {
			description.append(reason).append(".\nBekräfta uppgifterna nedan och bedöm meddelandet.\n");
		}
		List<String> read = new ArrayList<>();
		if (parsed.reference() != null) {
			read.add("referens " + parsed.reference());
		}
		if (!parsed.services().isEmpty()) {
			read.add("tjänster " + OutageWording.serviceNames(parsed.services()));
		}
		if (parsed.startsAt() != null) {
			read.add("start " + OutageWording.time(parsed.startsAt()));
		}
		if (parsed.expectedEnd() != null) {
			read.add("slut " + OutageWording.time(parsed.expectedEnd()));
		}
		if (!read.isEmpty()) {
			description.append("Lästa uppgifter: ").append(String.join("; ", read)).append(".\n");
		}
		description.append('\n').append(body(mail));
		return new NewFaultReport(reporter(mail), null, parsed.services(), description.toString(),
				cut(mail.sender(), 200), FaultReportSource.MAILBOX);
	}

	/** The unit whose mailbox, manager or staff member sent the mail. */
	private Optional<String> unitOf(String sender) {
		if (sender == null) {
			return Optional.empty();
		}
		String address = sender.toLowerCase(Locale.ROOT);
		Optional<String> byUnitAddress = this.units.all()
			.stream()
			.filter((unit) -> unit.email().equalsIgnoreCase(address) || unit.managerEmail().equalsIgnoreCase(address))
			.map(Unit::id)
			.findFirst();
		if (byUnitAddress.isPresent()) {
			return byUnitAddress;
		}
		List<User> users = this.identityService.createUserQuery().userEmail(address).list();
		if (users.size() != 1) {
			return Optional.empty();
		}
		List<String> unitIds = this.identityService.createGroupQuery()
			.groupMember(users.get(0).getId())
			.list()
			.stream()
			.map(Group::getId)
			.map(this.units::byGroupId)
			.flatMap(Optional::stream)
			.map(Unit::id)
			.distinct()
			.toList();
		return (unitIds.size() == 1) ? Optional.of(unitIds.get(0)) : Optional.empty();
	}

	private static String reporter(IncomingMail mail) {
		return cut((mail.sender() != null) ? mail.sender() : "okänd avsändare", 100);
	}

	private static String body(IncomingMail mail) {
		String subject = (mail.subject() != null) ? mail.subject() : "(inget ämne)";
		String text = (mail.text() != null && !mail.text().isBlank()) ? mail.text() : "(ingen text)";
		return "Från: " + mail.sender() + "\nÄmne: " + subject + "\n\n" + text;
	}

	/** Subject and text, where services are looked for by name; the raw source of an unreadable mail is not. */
	private static String searchable(IncomingMail mail) {
		return Objects.toString(mail.subject(), "") + "\n" + (mail.readable() ? mail.text() : "");
	}

	private static String cut(String text, int max) {
		return (text != null && text.length() > max) ? text.substring(0, max) : text;
	}

}
