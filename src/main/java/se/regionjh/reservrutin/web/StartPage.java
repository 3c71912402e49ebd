package se.regionjh.reservrutin.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.regionjh.reservrutin.publication.statuspage.ServiceStatusSummary;
import se.regionjh.reservrutin.security.AccessRules;
import se.regionjh.reservrutin.units.Unit;
import se.regionjh.reservrutin.units.UnitRegistry;

/**
 * The start page at /: what this application is, the services' condition at a
 * glance (from the status page's snapshot in memory), and the pages the caller
 * may open ({@link Navigation}), a unit user's own local routines among them.
 */
@Controller
class StartPage {

	private final ServiceStatusSummary status;

	private final UnitRegistry units;

	StartPage(ServiceStatusSummary status, UnitRegistry units) {
		this.status = status;
		this.units = units;
	}

	@GetMapping("/")
	String start(Authentication authentication, Model model) {
		List<Unit> ownUnits = AccessRules.unitsOf(authentication)
			.stream()
			.map(this.units::find)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(Unit::name))
			.toList();
		model.addAttribute("status", this.status.current());
		model.addAttribute("ownUnits", ownUnits);
		return "start";
	}

}
