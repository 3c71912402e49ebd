package se.regionjh.reservrutin.intake;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import se.regionjh.reservrutin.outage.NoticeRefusedException;

/**
 * The intake API's error answers: RFC 7807 problem details in Swedish, with
 * every bad field named in {@code errors}. Nothing has been started when one of
 * these is sent: validation runs before the controller, and the domain's
 * refusals roll their transaction back.
 */
@RestControllerAdvice(assignableTypes = { IneraNoticeController.class, FaultReportController.class,
		IntakeErrorController.class })
class IntakeProblems extends ResponseEntityExceptionHandler {

	static final String INVALID_TITLE = "Ogiltig begäran";

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidFields.Field> fields = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			fields.add(new InvalidFields.Field(error.getField(), error.getDefaultMessage()));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> fields.add(new InvalidFields.Field("", error.getDefaultMessage())));
		return ResponseEntity.badRequest().body(invalid(fields, request));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(invalid(List.of(unreadable(ex.getCause())), request));
	}

	private static InvalidFields.Field unreadable(Throwable cause) {
		if (cause instanceof JsonParseException parse) {
			return new InvalidFields.Field("body", "är inte giltig JSON (rad %d, kolumn %d)"
				.formatted(parse.getLocation().getLineNr(), parse.getLocation().getColumnNr()));
		}
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return new InvalidFields.Field(path(mismatch), "har fel typ: " + expected(mismatch.getTargetType()));
		}
		if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			return new InvalidFields.Field(path(mapping), "kan inte läsas");
		}
		if (cause instanceof JsonProcessingException) {
			return new InvalidFields.Field("body", "är inte giltig JSON eller inte ett JSON-objekt");
		}
		return new InvalidFields.Field("body", "saknas eller kan inte läsas som JSON");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidFields(InvalidFields ex, WebRequest request) {
		return ResponseEntity.badRequest().body(invalid(ex.fields(), request));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(IntakeException ex, WebRequest request) {
		return refusal((ex.reason() == IntakeException.Reason.NOT_FOUND) ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT,
				ex.getMessage(), request);
	}

	/** The outage refused Inera's notice: an unknown reference is a 404, the wrong state a 409. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> noticeRefused(NoticeRefusedException ex, WebRequest request) {
		return refusal((ex.reason() == NoticeRefusedException.Reason.UNKNOWN_REFERENCE) ? HttpStatus.NOT_FOUND
				: HttpStatus.CONFLICT, ex.getMessage(), request);
	}

	private static ResponseEntity<ProblemDetail> refusal(HttpStatus status, String detail, WebRequest request) {
		String title = (status == HttpStatus.NOT_FOUND) ? "Finns inte" : "Går inte i detta läge";
		return ResponseEntity.status(status).body(problem(status, title, detail, request));
	}

	static ProblemDetail invalid(List<InvalidFields.Field> fields, WebRequest request) {
		String detail = "Begäran har fel i " + fields.size() + " fält: "
				+ fields.stream()
					.map((f) -> f.field().isEmpty() ? f.message() : f.field() + ": " + f.message())
					.collect(Collectors.joining("; "));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_TITLE, detail, request);
		problem.setProperty("errors", fields);
		return problem;
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		if (request instanceof NativeWebRequest nativeRequest
				&& nativeRequest.getNativeRequest() instanceof HttpServletRequest servletRequest) {
			problem.setInstance(URI.create(servletRequest.getRequestURI()));
		}
		return problem;
	}

	/** "services[0]", "reference": the JSON path of the value Jackson could not take. */
	private static String path(JsonMappingException ex) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : ex.getPath()) {
			if (reference.getFieldName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "värdet passar inte";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "förväntade en lista (JSON-array)";
		}
		if (CharSequence.class.isAssignableFrom(type)) {
			return "förväntade text";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "förväntade ett tal";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "förväntade true eller false";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return "förväntade ett JSON-objekt";
		}
		return "värdet passar inte";
	}

}
