package se.regionjh.reservrutin.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.xml.sax.SAXParseException;

/**
 * Engine exceptions that are the client's doing, which Camunda's own
 * ProcessEngineExceptionHandler answers with 500 (issue 11): a task someone else
 * has claimed (409), a task that is gone (404, should it go after
 * TaskExistenceFilter's check), an upload that is not well-formed
 * XML or declares a DOCTYPE (400), conditions no process start waits for (400).
 * Each becomes a Swedish problem detail. Every other engine exception is not
 * mappable here, so Camunda's handler answers it as before.
 */
// Public: Jersey instantiates it. Before Camunda's handler, which has the default priority.
@Priority(Priorities.USER - 1000)
public class EngineClientErrors implements ExtendedExceptionMapper<ProcessEngineException> {

	/** "No subscriptions were found during evaluation of the conditional start events." */
	private static final String NO_CONDITIONAL_START = "ENGINE-13043";

	@Override
	public boolean isMappable(ProcessEngineException exception) {
		return toProblem(exception) != null;
	}

	@Override
	public Response toResponse(ProcessEngineException exception) {
		return response(toProblem(exception));
	}

	/** The client error an exception (or one of its causes) is, or null for any other failure. */
	static Problem toProblem(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			Problem problem = problemOf(cause);
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	private static Problem problemOf(Throwable exception) {
		if (exception instanceof TaskAlreadyClaimedException) {
			return TaskExistenceFilter.CLAIMED;
		}
		if (exception instanceof SAXParseException parse) {
			String reason = (parse.getMessage() != null && parse.getMessage().contains("DOCTYPE"))
					? "Filen får inte innehålla någon DOCTYPE-deklaration."
					: "Filen är inte giltig XML (rad " + parse.getLineNumber() + ", kolumn " + parse.getColumnNumber()
							+ ").";
			return new Problem(400, "Filen kan inte läsas", reason);
		}
		if (!(exception instanceof ProcessEngineException) || exception.getMessage() == null) {
			return null;
		}
		String message = exception.getMessage();
		// The engine's own wording, for a task completed between TaskExistenceFilter's check and the call.
		if (message.startsWith("Cannot find task with id")) {
			return TaskExistenceFilter.GONE;
		}
		if (message.startsWith(NO_CONDITIONAL_START)) {
			return new Problem(400, "Inget villkor uppfylldes",
					"Ingen process startar av de skickade variablerna: "
							+ "inget villkor för en villkorsstart är uppfyllt.");
		}
		return null;
	}

	private static Response response(Problem problem) {
		return Response.status(problem.status())
			.type("application/problem+json;charset=UTF-8")
			.entity(ProblemResponses.body(problem.status(), problem.title(), problem.detail()))
			.build();
	}

	/** A client error as status, title and detail. */
	record Problem(int status, String title, String detail) {

	}

	/**
	 * The REST resources wrap some engine exceptions ("Cannot complete task
	 * ...", status 500) before Camunda's RestExceptionHandler answers them; the
	 * same client errors inside are answered the same way.
	 */
	@Priority(Priorities.USER - 1000)
	public static final class Wrapped implements ExtendedExceptionMapper<RestException> {

		@Override
		public boolean isMappable(RestException exception) {
			return exception.getCause() != null && toProblem(exception.getCause()) != null;
		}

		@Override
		public Response toResponse(RestException exception) {
			return response(toProblem(exception.getCause()));
		}

	}

	/**
	 * Registers the mappers in every Jersey application of the process: the
	 * engine REST API and the webapps' copy of it that Tasklist calls, which the
	 * webapp starter builds without a hook of its own. Listed in
	 * META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable.
	 */
	public static final class Registration implements ForcedAutoDiscoverable {

		@Override
		public void configure(FeatureContext context) {
			if (!context.getConfiguration().isRegistered(EngineClientErrors.class)) {
				context.register(EngineClientErrors.class);
				context.register(Wrapped.class);
			}
		}

	}

}
