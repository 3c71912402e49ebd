package se.regionjh.reservrutin.publication.statuspage;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * The public status page ("Driftinformation") and its feeds. Everything is
 * served from the snapshot in memory, rendered once per snapshot; a client
 * that already has the current snapshot gets 304 from its ETag.
 */
@Controller
@RequestMapping("/driftinformation")
class StatusPageController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final StatusSnapshots snapshots;

	private final StatusFeeds feeds;

	private final RenderedPages pages;

	StatusPageController(StatusSnapshots snapshots, StatusFeeds feeds, RenderedPages pages) {
		this.snapshots = snapshots;
		this.feeds = feeds;
		this.pages = pages;
	}

	@GetMapping
	ResponseEntity<String> index(WebRequest webRequest, HttpServletRequest request, HttpServletResponse response) {
		StatusSnapshot snapshot = this.snapshots.current();
		if (webRequest.checkNotModified(snapshot.etag())) {
			return null;
		}
		return html(HttpStatus.OK, this.pages.render(snapshot, "index", "driftinformation/index",
				Map.of("snapshot", snapshot), request, response));
	}

	@GetMapping("/{reference:DS-\\d{4}-\\d+}")
	ResponseEntity<String> outage(@PathVariable String reference, WebRequest webRequest, HttpServletRequest request,
			HttpServletResponse response) {
		StatusSnapshot snapshot = this.snapshots.current();
		var outage = snapshot.outage(reference);
		if (outage.isEmpty()) {
			// Not cached: any reference can be asked for.
			return html(HttpStatus.NOT_FOUND, this.pages.process("driftinformation/not-found",
					Map.of("snapshot", snapshot, "reference", reference), request, response));
		}
		if (webRequest.checkNotModified(snapshot.etag())) {
			return null;
		}
		return html(HttpStatus.OK, this.pages.render(snapshot, reference, "driftinformation/outage",
				Map.of("snapshot", snapshot, "outage", outage.get()), request, response));
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

	private static ResponseEntity<String> html(HttpStatus status, String body) {
		return ResponseEntity.status(status).cacheControl(cacheControl()).contentType(HTML).body(body);
	}

	/** Browsers and proxies may keep a copy but must ask (cheaply, by ETag) before showing it. */
	private static CacheControl cacheControl() {
		return CacheControl.maxAge(0, TimeUnit.SECONDS).mustRevalidate();
	}

}
