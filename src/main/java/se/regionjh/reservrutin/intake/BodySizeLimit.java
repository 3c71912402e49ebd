package se.regionjh.reservrutin.intake;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import se.regionjh.reservrutin.system.CachedBodyRequest;

/**
 * Refuses an intake request whose body is larger than the limit with 413,
 * before anything parses it: at once when Content-Length says so, otherwise
 * (chunked) after reading at most limit + 1 bytes, which the request then
 * replays to the controller.
 */
class BodySizeLimit extends OncePerRequestFilter {

	private final long limit;

	private final ObjectMapper objectMapper;

	BodySizeLimit(long limit, ObjectMapper objectMapper) {
		this.limit = limit;
		this.objectMapper = objectMapper;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.limit) {
			refuse(request, response);
			return;
		}
		if (declared >= 0) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes((int) this.limit + 1);
		if (body.length > this.limit) {
			refuse(request, response);
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				"Begäran får vara högst " + (this.limit / 1024) + " KB");
		problem.setTitle("För stor begäran");
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		// The rest of an oversized body is not worth reading: let the connection go.
		response.setHeader("Connection", "close");
		this.objectMapper.writeValue(response.getOutputStream(), problem);
	}

}
