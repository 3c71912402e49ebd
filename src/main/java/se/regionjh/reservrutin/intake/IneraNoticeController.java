package se.regionjh.reservrutin.intake;

import java.net.URI;
import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import se.regionjh.reservrutin.intake.IntakeException.Reason;
import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.OutageIntake;
import se.regionjh.reservrutin.outage.OutageIntake.Received;
import se.regionjh.reservrutin.outage.OutageJournal;

@RestController
@RequestMapping(path = IneraNoticeController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Inera", description = "Ineras meddelanden om planerade driftstopp, uppdateringar, inställda stopp och åter i drift")
class IneraNoticeController {

	static final String PATH = "/api/inera-notices";

	private static final String PLANNED_EXAMPLE = """
			{
			  "reference": "INC0123456",
			  "type": "PLANNED",
			  "title": "Planerat underhåll av 1177 Journalen",
			  "services": ["journalen"],
			  "startsAt": "2026-12-03T18:00:00+01:00",
			  "expectedEnd": "2026-12-03T22:00:00+01:00",
			  "text": "Inera genomför planerat underhåll. Journalen är inte tillgänglig under tiden."
			}""";

	private static final String UPDATED_EXAMPLE = """
			{
			  "reference": "INC0123456",
			  "type": "UPDATED",
			  "expectedEnd": "2026-12-03T23:30:00+01:00",
			  "text": "Underhållet tar längre tid än planerat."
			}""";

	private static final String INCIDENT_EXAMPLE = """
			{
			  "reference": "INC0123457",
			  "type": "INCIDENT",
			  "services": ["journalen"],
			  "startsAt": "2026-12-03T09:40:00+01:00",
			  "text": "Inera felsöker ett fel där invånare inte kan öppna journalen."
			}""";

	private static final String RESOLVED_EXAMPLE = """
			{ "reference": "INC0123456", "type": "RESOLVED", "text": "Tjänsten fungerar igen." }""";

	private static final String INVALID_EXAMPLE = """
			{
			  "title": "Ogiltig begäran",
			  "status": 400,
			  "detail": "Begäran har fel i 2 fält: services[0]: okänd tjänst ...; expectedEnd: måste vara senare än startsAt",
			  "instance": "/api/inera-notices",
			  "errors": [
			    { "field": "services[0]", "message": "okänd tjänst; giltiga tjänster är personalverktyget, ..." },
			    { "field": "expectedEnd", "message": "måste vara senare än startsAt" }
			  ]
			}""";

	private final IneraNotices notices;

	private final OutageIntake intake;

	private final OutageJournal journal;

	IneraNoticeController(IneraNotices notices, OutageIntake intake, OutageJournal journal) {
		this.notices = notices;
		this.intake = intake;
		this.journal = journal;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ta emot ett meddelande från Inera",
			description = "PLANNED startar ett planerat driftstopp och INCIDENT en pågående driftstörning (201); "
					+ "samma referens igen svarar med den befintliga (200). "
					+ "UPDATED, CANCELLED och RESOLVED går till driftstörningen med referensen (200), "
					+ "404 om ingen har den, 409 om den inte väntar på meddelandet.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = { @ExampleObject(name = "planerat", value = PLANNED_EXAMPLE),
							@ExampleObject(name = "pågående störning", value = INCIDENT_EXAMPLE),
							@ExampleObject(name = "uppdatering", value = UPDATED_EXAMPLE),
							@ExampleObject(name = "åter i drift", value = RESOLVED_EXAMPLE) })))
	@ApiResponse(responseCode = "201", description = "Nytt driftstopp; Location pekar på det")
	@ApiResponse(responseCode = "200", description = "Befintligt driftstopp (upprepad referens) eller meddelandet tillämpat")
	@ApiResponse(responseCode = "400", description = "Ogiltig begäran; varje felaktigt fält namnges",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class),
					examples = @ExampleObject(value = INVALID_EXAMPLE)))
	@ProblemResponse.NotFound("Ingen driftstörning har referensen")
	@ProblemResponse.Conflict("Driftstörningen väntar inte på meddelandet")
	@ProblemResponse.TooLarge
	ResponseEntity<OutageResponse> receive(@Valid @RequestBody IneraNoticeRequest request, Principal principal) {
		if (request.noticeType() == IneraNoticeRequest.Type.PLANNED
				|| request.noticeType() == IneraNoticeRequest.Type.INCIDENT) {
			var notice = request.toNotice(Callers.source(principal));
			Received received = (request.noticeType() == IneraNoticeRequest.Type.PLANNED) ? this.notices.planned(notice)
					: this.notices.incident(notice);
			OutageResponse view = OutageResponse.of(received.outage());
			return received.created() ? ResponseEntity.created(location(received.outage())).body(view)
					: ResponseEntity.ok(view);
		}
		Outage outage = switch (request.noticeType()) {
			case UPDATED -> this.intake.updated(request.reference(), request.startsAtInstant(),
					request.expectedEndInstant(), request.text());
			case CANCELLED -> this.intake.cancelled(request.reference(), request.text());
			case RESOLVED -> this.intake.resolved(request.reference(), request.text());
			case PLANNED, INCIDENT -> throw new IllegalStateException("handled above");
		};
		return ResponseEntity.ok(OutageResponse.of(outage));
	}

	@GetMapping("/{reference}")
	@Operation(summary = "Driftstörningen som har Ineras referens")
	@ApiResponse(responseCode = "200", description = "Driftstörningen")
	@ProblemResponse.NotFound("Ingen driftstörning har referensen")
	OutageResponse byReference(@PathVariable String reference) {
		return this.journal.findByIneraReference(reference)
			.map(OutageResponse::of)
			.orElseThrow(() -> new IntakeException(Reason.NOT_FOUND,
					"Ingen driftstörning har Ineras referens '" + reference + "'"));
	}

	private static URI location(Outage outage) {
		return UriComponentsBuilder.fromPath(PATH + "/{reference}").buildAndExpand(outage.ineraReference()).encode().toUri();
	}

}
