package se.regionjh.reservrutin.intake;

import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import se.regionjh.reservrutin.faultreport.FaultReport;
import se.regionjh.reservrutin.faultreport.FaultReports;
import se.regionjh.reservrutin.faultreport.NewFaultReport;
import se.regionjh.reservrutin.intake.IntakeException.Reason;
import se.regionjh.reservrutin.security.AccessRules;
import se.regionjh.reservrutin.security.AccessRules.Role;

@RestController
@RequestMapping(path = FaultReportController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Felanmälan", description = "Felanmälningar från personal, direkt eller via Teams")
class FaultReportController {

	static final String PATH = "/api/fault-reports";

	private static final String EXAMPLE = """
			{
			  "reporter": "anna.andersson@regionjh.se",
			  "unitId": "hc-ostersund",
			  "services": ["personalverktyget"],
			  "description": "Personalverktyget svarar inte sedan kl. 8.10.",
			  "contact": "063-14 20 00"
			}""";

	private static final String TEAMS_EXAMPLE = """
			{
			  "reporter": "Anna Andersson",
			  "description": "Inlägg i kanalen Personalverktyget: Vi kommer inte åt personalverktyget.",
			  "contact": "anna.andersson@regionjh.se",
			  "source": "TEAMS"
			}""";

	private final FaultReports faultReports;

	FaultReportController(FaultReports faultReports) {
		this.faultReports = faultReports;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Anmäl ett fel",
			description = "Registrerar felanmälan och startar förvaltningens bedömning (201). Utan reporter "
					+ "gäller den inloggade användaren.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = { @ExampleObject(name = "personal", value = EXAMPLE),
							@ExampleObject(name = "från Teams", value = TEAMS_EXAMPLE) })))
	@ApiResponse(responseCode = "201", description = "Felanmälan registrerad; Location pekar på den")
	@ProblemResponse.BadRequest
	@ProblemResponse.TooLarge
	ResponseEntity<FaultReportView> report(@Valid @RequestBody FaultReportRequest request, Principal principal) {
		Authentication caller = (principal instanceof Authentication authentication) ? authentication : null;
		String reporter = (request.reporter() != null && !request.reporter().isBlank()) ? request.reporter().strip()
				: Callers.name(principal);
		if (reporter == null) {
			throw new InvalidFields(List.of(new InvalidFields.Field("reporter",
					"saknas (ange vem som anmäler, eller anropa som inloggad användare)")));
		}
		String unitId = request.unitId();
		if (caller != null && !AccessRules.rolesOf(caller).contains(Role.INTAKE)) {
			// Only the intake account files in someone else's name; anyone else is refused, not silently corrected.
			List<InvalidFields.Field> spoofed = new ArrayList<>();
			if (!reporter.equals(caller.getName())) {
				spoofed.add(new InvalidFields.Field("reporter", "får bara vara du själv (" + caller.getName() + ")"));
			}
			Set<String> ownUnits = AccessRules.unitsOf(caller);
			boolean management = AccessRules.rolesOf(caller).contains(Role.MANAGEMENT)
					|| AccessRules.rolesOf(caller).contains(Role.ADMIN);
			if (unitId != null && !unitId.isBlank() && !management && !ownUnits.contains(unitId)) {
				spoofed.add(new InvalidFields.Field("unitId", "får bara vara en enhet du själv tillhör"));
			}
			if (!spoofed.isEmpty()) {
				throw new InvalidFields(spoofed);
			}
		}
		FaultReport report = this.faultReports.report(new NewFaultReport(reporter, unitId,
				request.serviceIds(), request.description().strip(), request.contact(), request.faultReportSource()));
		URI location = UriComponentsBuilder.fromPath(PATH + "/{id}").buildAndExpand(report.id()).toUri();
		return ResponseEntity.created(location).body(FaultReportView.of(report));
	}

	@GetMapping("/{id}")
	@Operation(summary = "En registrerad felanmälan")
	@ApiResponse(responseCode = "200", description = "Felanmälan")
	@ProblemResponse.NotFound("Ingen felanmälan har id:t")
	FaultReportView byId(@PathVariable long id, Principal principal) {
		return this.faultReports.find(id)
			.filter((report) -> mayRead(principal, report))
			.map(FaultReportView::of)
			.orElseThrow(() -> new IntakeException(Reason.NOT_FOUND, "Ingen felanmälan har id " + id));
	}

	/** The reporter, staff of the report's unit, management and the intake account; to anyone else it does not exist. */
	private static boolean mayRead(Principal principal, FaultReport report) {
		if (!(principal instanceof Authentication caller)) {
			return true;
		}
		Set<Role> roles = AccessRules.rolesOf(caller);
		return roles.contains(Role.MANAGEMENT) || roles.contains(Role.ADMIN) || roles.contains(Role.INTAKE)
				|| caller.getName().equals(report.reporter())
				|| (report.unitId() != null && AccessRules.unitsOf(caller).contains(report.unitId()));
	}

}
