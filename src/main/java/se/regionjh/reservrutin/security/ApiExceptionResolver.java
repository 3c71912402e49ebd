package se.regionjh.reservrutin.security;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last resort for /api: an exception that no controller advice and no
 * Spring MVC resolver turned into a response becomes a 500 problem detail with
 * a reference, never the exception's text (which may hold SQL). Ordered last,
 * so the features' own {@code @ExceptionHandler}s keep their say.
 */
@Component
class ApiExceptionResolver implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/") || response.isCommitted()) {
			return null;
		}
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unhandled exception on {} {} (reference {})", request.getMethod(), request.getRequestURI(),
				reference, ex);
		try {
			ProblemResponses.write(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Internt fel",
					"Förfrågan kunde inte utföras. Ange referens " + reference + " om du kontaktar förvaltningen.");
		}
		catch (IOException writeFailure) {
			return null;
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
