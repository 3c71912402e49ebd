package se.regionjh.reservrutin.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionjh.reservrutin.calendar.WorkingDays;
import se.regionjh.reservrutin.templates.TemplateDraft.UploadedFile;

/**
 * The template archive's pages under /mallar: management adds and updates
 * templates (Camunda Forms have no file picker, so this is a page of the
 * application); everyone reads the snapshots. The outage tasks link to
 * {@value #LATEST_PDF}.
 */
@Controller
@RequestMapping("/mallar")
class TemplateController {

	/** The latest snapshot as one PDF; other processes link here. */
	static final String LATEST_PDF = "/mallar/senaste.pdf";

	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(WorkingDays.SWEDEN);

	private final TemplateArchive archive;

	private final SnapshotPdf pdf;

	private final TemplateProperties properties;

	TemplateController(TemplateArchive archive, SnapshotPdf pdf, TemplateProperties properties) {
		this.archive = archive;
		this.pdf = pdf;
		this.properties = properties;
	}

	@GetMapping
	String index(Model model) {
		model.addAttribute("templates", this.archive.current());
		model.addAttribute("snapshots", this.archive.snapshots());
		model.addAttribute("schedule", this.properties.snapshotCycle().describe());
		return "mallar/index";
	}

	@GetMapping("/ny")
	String newTemplate(Model model) {
		model.addAttribute("draft", new TemplateDraft("", "", "", null));
		return form(model, null, List.of());
	}

	@PostMapping
	String add(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String category,
			@RequestParam(defaultValue = "") String body, @RequestParam(required = false) MultipartFile file,
			Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		TemplateDraft draft = new TemplateDraft(title, category, body, upload(file));
		try {
			Template template = this.archive.add(draft, actor(principal));
			redirect.addFlashAttribute("message", "Mallen \"" + template.title() + "\" är sparad.");
			return "redirect:/mallar/" + template.id();
		}
		catch (InvalidTemplateException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("draft", draft);
			return form(model, null, ex.messages());
		}
	}

	@GetMapping("/{templateId:\\d+}")
	String template(@PathVariable long templateId, Model model) {
		Template template = this.archive.require(templateId);
		model.addAttribute("draft", new TemplateDraft(template.title(), template.category(), template.body(), null));
		return form(model, template, List.of());
	}

	@PostMapping("/{templateId:\\d+}")
	String update(@PathVariable long templateId, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String body,
			@RequestParam(required = false) MultipartFile file, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Template current = this.archive.require(templateId);
		TemplateDraft draft = new TemplateDraft(title, category, body, upload(file));
		try {
			Template updated = this.archive.update(templateId, draft, actor(principal));
			redirect.addFlashAttribute("message", "Version " + updated.version() + " är sparad.");
			return "redirect:/mallar/" + templateId;
		}
		catch (InvalidTemplateException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("draft", draft);
			return form(model, current, ex.messages());
		}
	}

	@GetMapping("/filer/{versionId:\\d+}")
	ResponseEntity<byte[]> file(@PathVariable long versionId) {
		UploadedFile file = this.archive.file(versionId)
			.orElseThrow(() -> new TemplateNotFoundException("Filen finns inte."));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@GetMapping("/ogonblicksbilder/{snapshotId:\\d+}")
	String snapshot(@PathVariable long snapshotId, Model model) {
		TemplateSnapshot snapshot = this.archive.snapshot(snapshotId)
			.orElseThrow(() -> new TemplateNotFoundException("Kopian finns inte."));
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("templates", this.archive.contents(snapshotId));
		model.addAttribute("latest", this.archive.latestSnapshot().map(TemplateSnapshot::id).orElse(null));
		return "mallar/snapshot";
	}

	@GetMapping("/ogonblicksbilder/{snapshotId:\\d+}.pdf")
	ResponseEntity<byte[]> snapshotPdf(@PathVariable long snapshotId) {
		return pdf(this.archive.snapshot(snapshotId)
			.orElseThrow(() -> new TemplateNotFoundException("Kopian finns inte.")));
	}

	@GetMapping("/senaste.pdf")
	ResponseEntity<byte[]> latestPdf() {
		return pdf(this.archive.latestSnapshot().orElseThrow(NoSnapshotYet::new));
	}

	/**
	 * Every unit task links to {@value #LATEST_PDF}; before the first snapshot
	 * it explains why there is no copy and links the templates as they are now.
	 */
	@ExceptionHandler(NoSnapshotYet.class)
	ModelAndView noSnapshotYet() {
		ModelAndView page = new ModelAndView("mallar/ingen-kopia", HttpStatus.NOT_FOUND);
		page.addObject("templates", this.archive.current());
		page.addObject("schedule", this.properties.snapshotCycle().describe());
		return page;
	}

	private ResponseEntity<byte[]> pdf(TemplateSnapshot snapshot) {
		String name = "mallar-invanararenden-" + FILE_DATE.format(snapshot.takenAt()) + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(this.pdf.render(snapshot));
	}

	private String form(Model model, Template template, List<String> errors) {
		model.addAttribute("template", template);
		model.addAttribute("versions", (template != null) ? this.archive.versions(template.id()) : List.of());
		model.addAttribute("errors", errors);
		model.addAttribute("maxFileSize", this.properties.maxFileSize().toMegabytes());
		model.addAttribute("accept", String.join(",", this.properties.allowedContentTypes()));
		return "mallar/form";
	}

	private static UploadedFile upload(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			String name = StringUtils.getFilename(StringUtils.cleanPath(String.valueOf(file.getOriginalFilename())));
			return new UploadedFile(StringUtils.hasText(name) ? name : "fil", file.getContentType(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** No snapshot has been taken yet. */
	static final class NoSnapshotYet extends RuntimeException {

		NoSnapshotYet() {
			super("No template snapshot has been taken yet", null, false, false);
		}

	}

	private static String actor(Principal principal) {
		return (principal != null) ? principal.getName() : null;
	}

}
