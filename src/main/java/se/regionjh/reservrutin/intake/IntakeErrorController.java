package se.regionjh.reservrutin.intake;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import se.regionjh.reservrutin.intake.IntakeMessages.Attention;
import se.regionjh.reservrutin.intake.IntakeException.Reason;
import se.regionjh.reservrutin.units.Groups;

/**
 * Mail from the functional mailbox that needs a person: as JSON for tools, and
 * as the page /intag for management. Each such mail also became a fault report
 * (unless even that failed), so it shows up in Tasklist too.
 */
@RestController
@Tag(name = "Intag", description = "E-post som inte kunde tas in automatiskt")
class IntakeErrorController {

	static final String PATH = "/api/intake/errors";

	static final String PAGE = "/intag";

	private static final int LIMIT = 200;


	private static final String ADMIN_GROUP = "camunda-admin";

	private final IntakeMessages messages;

	private final IdentityService identityService;

	IntakeErrorController(IntakeMessages messages, IdentityService identityService) {
		this.messages = messages;
		this.identityService = identityService;
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "E-post som behöver förvaltningen",
			description = "Obekräftade e-postmeddelanden som inte kunde tas in som avsett (NEEDS_REVIEW, FAILED), nyast först")
	List<Attention> errors(Principal principal) {
		requireManagement(principal);
		return this.messages.needingAttention(LIMIT);
	}

	@PostMapping(PATH + "/{id}/acknowledgement")
	@Operation(summary = "Bekräfta att förvaltningen har tagit hand om e-posten")
	@ApiResponse(responseCode = "204", description = "Bekräftad; visas inte längre")
	@ApiResponse(responseCode = "404", description = "Inget obekräftat fel har id:t")
	ResponseEntity<Void> acknowledge(@PathVariable long id, Principal principal) {
		requireManagement(principal);
		String by = (Callers.name(principal) != null) ? Callers.name(principal) : "api";
		if (!this.messages.acknowledge(id, by)) {
			throw new IntakeException(Reason.NOT_FOUND, "Inget obekräftat intagsfel har id " + id);
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = PAGE, produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(Principal principal) {
		requireManagement(principal);
		return new ModelAndView("intag", Map.of("rows", this.messages.needingAttention(LIMIT)));
	}

	/**
	 * The mail's text and senders are management's business only. Without
	 * authentication in the application there is nobody to check.
	 */
	private void requireManagement(Principal principal) {
		String user = Callers.name(principal);
		if (user == null) {
			return;
		}
		long memberships = this.identityService.createGroupQuery()
			.groupMember(user)
			.groupIdIn(Groups.MANAGEMENT, ADMIN_GROUP)
			.count();
		if (memberships == 0) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Bara förvaltningen ser intagsfelen");
		}
	}

}
