package se.regionjh.reservrutin.routines;

import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionjh.reservrutin.units.Unit;
import se.regionjh.reservrutin.units.UnitRegistry;
import se.regionjh.reservrutin.system.Times;

/**
 * The page "Reservrutiner": the central routine in force and its history, each
 * unit's local routine, and management's view of the yearly review.
 */
@Controller
@RequestMapping("/reservrutiner")
class RoutineController {

	private final CentralRoutine centralRoutine;

	private final LocalRoutines localRoutines;

	private final RoutineReviews reviews;

	private final RoutineDeficiencies deficiencies;

	private final UnitRegistry units;

	RoutineController(CentralRoutine centralRoutine, LocalRoutines localRoutines, RoutineReviews reviews,
			RoutineDeficiencies deficiencies, UnitRegistry units) {
		this.centralRoutine = centralRoutine;
		this.localRoutines = localRoutines;
		this.reviews = reviews;
		this.deficiencies = deficiencies;
		this.units = units;
	}

	/** One unit's line on the overview: its local routine and last review. */
	record UnitRoutine(Unit unit, LocalRoutine local, Instant lastReviewed) {
	}

	@GetMapping
	String index(Model model) {
		RoutineVersion current = this.centralRoutine.current();
		model.addAttribute("version", current);
		model.addAttribute("blocks", RoutineText.blocks(current.body()));
		model.addAttribute("versions", this.centralRoutine.versions());
		model.addAttribute("units", this.units.all().stream()
			.map((unit) -> new UnitRoutine(unit, this.localRoutines.current(unit.id()).orElse(null),
					this.localRoutines.lastReviewed(unit.id()).orElse(null)))
			.toList());
		return "reservrutiner/index";
	}

	@GetMapping("/central/{version:\\d+}")
	String centralVersion(@PathVariable int version, Model model) {
		RoutineVersion shown = this.centralRoutine.version(version)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Versionen finns inte."));
		model.addAttribute("version", shown);
		model.addAttribute("current", this.centralRoutine.current().version());
		model.addAttribute("blocks", RoutineText.blocks(shown.body()));
		return "reservrutiner/central";
	}

	@GetMapping("/enheter/{unitId}")
	String unit(@PathVariable String unitId, Model model) {
		return unitPage(requireUnit(unitId), model, List.of(), null, null, null);
	}

	@PostMapping("/enheter/{unitId}")
	String recordLocal(@PathVariable String unitId, @RequestParam(defaultValue = "") String versionLabel,
			@RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String link,
			Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Unit unit = requireUnit(unitId);
		List<String> problems = LocalRoutines.problems(versionLabel, body, link);
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return unitPage(unit, model, problems, versionLabel, body, link);
		}
		LocalRoutine recorded = this.localRoutines.record(unit.id(), versionLabel, body, link,
				(principal != null) ? principal.getName() : null, LocalRoutines.SOURCE_PAGE);
		redirect.addFlashAttribute("message", "Version " + recorded.versionLabel() + " av den lokala rutinen är sparad.");
		return "redirect:/reservrutiner/enheter/" + unit.id();
	}

	@GetMapping("/granskning")
	String review(@RequestParam(name = "omgang", required = false) Long roundId, Model model) {
		ReviewRound round = round(roundId);
		Instant now = Times.now();
		model.addAttribute("round", round);
		model.addAttribute("rounds", this.reviews.rounds());
		model.addAttribute("reviews", (round != null) ? this.reviews.reviews(round.id()) : List.of());
		model.addAttribute("now", now);
		model.addAttribute("deficiencies", this.deficiencies.all());
		return "reservrutiner/granskning";
	}

	@GetMapping(path = "/granskning", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> reviewJson(@RequestParam(name = "omgang", required = false) Long roundId) {
		ReviewRound round = round(roundId);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("round", round);
		Instant now = Times.now();
		json.put("units", (round == null) ? List.of() : this.reviews.reviews(round.id()).stream().map((review) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("unitId", review.unitId());
			row.put("unitName", review.unitName());
			row.put("status", review.status(now));
			row.put("dueAt", review.dueAt());
			row.put("remindedAt", review.remindedAt());
			row.put("escalatedAt", review.escalatedAt());
			row.put("completedAt", review.completedAt());
			row.put("completedBy", review.completedBy());
			row.put("staffInformed", review.staffInformed());
			row.put("usesCurrentVersion", review.usesCurrentVersion());
			row.put("hasLocalRoutine", review.hasLocalRoutine());
			row.put("localRoutineVersion", review.localRoutineVersion());
			row.put("deficiencyFound", review.deficiencyFound());
			row.put("deficiencyDescription", review.deficiencyDescription());
			return row;
		}).toList());
		return json;
	}

	private ReviewRound round(Long roundId) {
		if (roundId != null) {
			return this.reviews.round(roundId)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Genomgången finns inte."));
		}
		return this.reviews.latestRound().orElse(null);
	}

	private String unitPage(Unit unit, Model model, List<String> errors, String versionLabel, String body,
			String link) {
		LocalRoutine current = this.localRoutines.current(unit.id()).orElse(null);
		model.addAttribute("unit", unit);
		model.addAttribute("local", current);
		model.addAttribute("localBlocks",
				(current != null && current.body() != null) ? RoutineText.blocks(current.body()) : List.of());
		model.addAttribute("history", this.localRoutines.history(unit.id()));
		model.addAttribute("lastReviewed", this.localRoutines.lastReviewed(unit.id()).orElse(null));
		model.addAttribute("errors", errors);
		model.addAttribute("versionLabel", versionLabel);
		model.addAttribute("body", (body != null) ? body : (current != null ? current.body() : ""));
		model.addAttribute("link", (link != null) ? link : (current != null ? current.link() : ""));
		return "reservrutiner/enhet";
	}

	private Unit requireUnit(String unitId) {
		return this.units.find(unitId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Enheten finns inte."));
	}

}
