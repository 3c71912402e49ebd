package se.regionjh.reservrutin.publication.statuspage;

import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * The public status page ("Driftinformation") and its feeds. Everything is
 * served from the snapshot in memory; a client that already has the current
 * snapshot gets 304 from its ETag.
 */
@Controller
@RequestMapping("/driftinformation")
class StatusPageController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final StatusSnapshots snapshots;

	private final StatusFeeds feeds;

	StatusPageController(StatusSnapshots snapshots, StatusFeeds feeds) {
		this.snapshots = snapshots;
		this.feeds = feeds;
	}

	@GetMapping
	String index(WebRequest request, HttpServletResponse response, Model model) {
		StatusSnapshot snapshot = this.snapshots.current();
		if (request.checkNotModified(snapshot.etag())) {
			return null;
		}
		revalidate(response);
		model.addAttribute("snapshot", snapshot);
		return "driftinformation/index";
	}

	@GetMapping("/{reference:DS-\\d{4}-\\d+}")
	String outage(@PathVariable String reference, WebRequest request, HttpServletResponse response, Model model) {
		StatusSnapshot snapshot = this.snapshots.current();
		var outage = snapshot.outage(reference);
		if (outage.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("snapshot", snapshot);
			model.addAttribute("reference", reference);
			return "driftinformation/not-found";
		}
		if (request.checkNotModified(snapshot.etag())) {
			return null;
		}
		revalidate(response);
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("outage", outage.get());
		return "driftinformation/outage";
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> atom(WebRequest request) {
		StatusSnapshot snapshot = this.snapshots.current();
		if (request.checkNotModified(snapshot.etag())) {
			return null;
		}
		return ResponseEntity.ok().cacheControl(cacheControl()).contentType(ATOM).body(this.feeds.atom(snapshot));
	}

	@GetMapping("/planerade.ics")
	ResponseEntity<String> calendar(WebRequest request) {
		StatusSnapshot snapshot = this.snapshots.current();
		if (request.checkNotModified(snapshot.etag())) {
			return null;
		}
		return ResponseEntity.ok().cacheControl(cacheControl()).contentType(CALENDAR).body(this.feeds.ics(snapshot));
	}

	private static void revalidate(HttpServletResponse response) {
		response.setHeader("Cache-Control", cacheControl().getHeaderValue());
	}

	/** Browsers and proxies may keep a copy but must ask (cheaply, by ETag) before showing it. */
	private static CacheControl cacheControl() {
		return CacheControl.maxAge(0, TimeUnit.SECONDS).mustRevalidate();
	}

}
