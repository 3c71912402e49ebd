package se.regionjh.reservrutin.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An API call that ended in {@code sendError} (a {@code @ResponseStatus}
 * exception, a path nothing serves) is forwarded by the container to /error,
 * where Spring Boot would answer an HTML page or its own JSON map depending on
 * the Accept header. APIs answer RFC 7807 problem details whatever the client
 * accepts; the application's pages keep their Swedish error pages
 * (templates/error).
 */
class ApiErrorDispatchFilter extends OncePerRequestFilter {

	private static final String[] API_PREFIXES = { "/api/", "/engine-rest/", "/camunda/api/", "/v3/api-docs",
			"/actuator/" };

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isApi(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer number) ? number : response.getStatus();
		ProblemResponses.write(response, status, title(status), detail(status));
	}

	static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (!(uri instanceof String path)) {
			return false;
		}
		String withinApplication = path.substring(Math.min(path.length(), request.getContextPath().length()));
		for (String prefix : API_PREFIXES) {
			if (withinApplication.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	static String title(int status) {
		return switch (status) {
			case 400 -> "Felaktig förfrågan";
			case 401 -> "Inloggning krävs";
			case 403 -> "Åtkomst nekad";
			case 404 -> "Finns inte";
			case 405 -> "Metoden stöds inte";
			default -> (status >= 500) ? "Internt fel" : "Förfrågan kunde inte utföras";
		};
	}

	static String detail(int status) {
		return switch (status) {
			case 401 -> "Logga in för att använda tjänsten.";
			case 403 -> "Du saknar behörighet för det här.";
			case 404 -> "Det finns inget på den här adressen.";
			case 405 -> "Adressen tar inte emot den här sortens förfrågan.";
			default -> (status >= 500) ? "Förfrågan kunde inte utföras. Försök igen om en stund."
					: "Förfrågan kunde inte utföras. Kontrollera adressen och innehållet.";
		};
	}

}
