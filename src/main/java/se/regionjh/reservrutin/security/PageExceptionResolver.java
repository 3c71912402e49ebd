package se.regionjh.reservrutin.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Spring MVC's own errors (a path nothing serves, a wrong method, a
 * {@code ResponseStatusException}) on the application's pages go to the
 * container's error page, the Swedish templates/error pages, instead of the
 * problem JSON that Spring Boot's problem-details handler would show a browser
 * (it accepts {@code *}{@code /*}). On /api a path nothing serves goes there too,
 * where {@link ApiErrorDispatchFilter} answers a Swedish problem detail; every
 * other /api error stays with the features' handlers and problem details.
 * Ordered before those handlers.
 */
@Component
class PageExceptionResolver implements HandlerExceptionResolver, Ordered {

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(ex instanceof ErrorResponse error) || response.isCommitted()) {
			return null;
		}
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		if (api && !(ex instanceof NoResourceFoundException)) {
			return null;
		}
		try {
			error.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			response.sendError(error.getStatusCode().value());
		}
		catch (IOException sendFailure) {
			return null;
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		// After DefaultErrorAttributes (which only records the exception), before the handlers of @ControllerAdvice.
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
