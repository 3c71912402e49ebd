package se.regionjh.reservrutin.intake;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.regionjh.reservrutin.faultreport.FaultReportSource;
import se.regionjh.reservrutin.system.Distinct;
import se.regionjh.reservrutin.system.SafeText;

/**
 * A fault report (felanmälan) as the API takes it: from a person, or forwarded
 * from the Teams team by its workflow.
 */
@Schema(name = "FaultReport", description = "En felanmälan från personal")
record FaultReportRequest(

		@Schema(description = "Vem som anmäler (användar-id eller e-postadress); utelämnat: den inloggade användaren",
				example = "anna.andersson@regionjh.se")
		@Size(max = 100, message = "får vara högst 100 tecken") @SafeText
		String reporter,

		@Schema(description = "Anmälarens enhet, ett id från enhetsregistret", example = "hc-ostersund")
		@KnownUnit
		String unitId,

		@Schema(description = "Berörda tjänster, om kända", example = "[\"personalverktyget\"]")
		@Size(max = 5, message = "får ha högst fem tjänster") @Distinct
		List<@KnownService String> services,

		@Schema(description = "Vad som inte fungerar", example = "Personalverktyget svarar inte sedan kl. 8.10.",
				requiredMode = Schema.RequiredMode.REQUIRED)
		@NotBlank(message = "saknas") @Size(max = 10000, message = "får vara högst 10000 tecken")
		@SafeText(multiLine = true) String description,

		@Schema(description = "Hur anmälaren nås", example = "063-14 20 00")
		@Size(max = 200, message = "får vara högst 200 tecken") @SafeText
		String contact,

		@Schema(description = "Kanalen: API (standard) eller TEAMS när Teams-flödet vidarebefordrar ett inlägg",
				allowableValues = { "API", "TEAMS" }, example = "API")
		@Pattern(regexp = "API|TEAMS", message = "måste vara API eller TEAMS")
		String source) {

	FaultReportSource faultReportSource() {
		return (this.source == null) ? FaultReportSource.API : FaultReportSource.valueOf(this.source);
	}

	List<String> serviceIds() {
		return (this.services == null) ? List.of() : this.services;
	}

}
