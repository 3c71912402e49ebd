package se.regionjh.reservrutin.security;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login form for the application's own pages, in Swedish and in the
 * pages' layout. The same users as Tasklist, and one login for both
 * ({@link OneLoginFilter}).
 */
@Controller
class LoginPage {

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	String login(@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "utloggad", required = false) String loggedOut, Model model) {
		model.addAttribute("failed", error != null);
		model.addAttribute("loggedOut", error == null && loggedOut != null);
		return "login";
	}

}
