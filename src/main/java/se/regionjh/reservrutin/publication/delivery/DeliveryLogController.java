package se.regionjh.reservrutin.publication.delivery;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The delivery log for management: every message, channel and recipient with
 * its state and attempts, as a page ({@code /leveranser}) and as JSON
 * ({@code /api/deliveries}). Read straight from the database: few readers.
 */
@Controller
class DeliveryLogController {

	static final int MAX_LIMIT = 2000;

	private final DeliveryLog deliveries;

	DeliveryLogController(DeliveryLog deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping("/leveranser")
	String page(@RequestParam(defaultValue = "200") int limit, Model model) {
		model.addAttribute("deliveries", this.deliveries.latest(bounded(limit)));
		model.addAttribute("states", DeliveryState.values());
		return "leveranser";
	}

	@GetMapping("/api/deliveries")
	@ResponseBody
	List<Delivery> json(@RequestParam(defaultValue = "200") int limit) {
		return this.deliveries.latest(bounded(limit));
	}

	private static int bounded(int limit) {
		return Math.max(1, Math.min(limit, MAX_LIMIT));
	}

}
