package se.regionjh.reservrutin.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.regionjh.reservrutin.publication.statuspage.ServiceStatusSummary;

/**
 * The start page at /: what this application is, the services' condition at a
 * glance (from the status page's snapshot in memory), and the pages the caller
 * may open ({@link Navigation}).
 */
@Controller
class StartPage {

	private final ServiceStatusSummary status;

	StartPage(ServiceStatusSummary status) {
		this.status = status;
	}

	@GetMapping("/")
	String start(Model model) {
		model.addAttribute("status", this.status.current());
		return "start";
	}

}
