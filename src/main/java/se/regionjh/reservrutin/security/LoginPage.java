package se.regionjh.reservrutin.security;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The login form for the application's own pages (templates, routines, API
 * documentation), in Swedish. Same users as Tasklist.
 */
@Controller
class LoginPage {

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> login(CsrfToken csrf, @RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "utloggad", required = false) String loggedOut) {
		String message = "";
		if (error != null) {
			message = "<p role=\"alert\">Fel användarnamn eller lösenord, eller för många försök i rad. Försök igen om en stund.</p>";
		}
		else if (loggedOut != null) {
			message = "<p>Du är utloggad.</p>";
		}
		String html = """
				<!DOCTYPE html>
				<html lang="sv">
				<head><meta charset="utf-8"><title>Logga in – Reservrutin 1177</title>
				<meta name="viewport" content="width=device-width, initial-scale=1"></head>
				<body>
				<main>
				<h1>Logga in</h1>
				%s
				<form method="post" action="/login">
				<p><label for="username">Användarnamn</label><br><input id="username" name="username" autocomplete="username" required autofocus></p>
				<p><label for="password">Lösenord</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
				<input type="hidden" name="%s" value="%s">
				<p><button type="submit">Logga in</button></p>
				</form>
				<p>Samma konto som i Tasklist.</p>
				</main>
				</body>
				</html>
				""".formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html);
	}

}
