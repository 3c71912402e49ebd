package se.regionjh.reservrutin.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps internals out of the error bodies of the engine REST API and the
 * webapps' APIs. Camunda's exception mappers put the exception message in the
 * body, and a persistence failure's message holds the SQL statement and the
 * database's own error. Server errors get a generic Swedish text with a
 * reference that is logged together with the original body; client errors pass
 * unchanged unless they carry SQL or a stack trace. Successful responses stream
 * through untouched.
 */
class ErrorBodySanitizingFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ErrorBodySanitizingFilter.class);

	/** What only the database, MyBatis or a stack trace would put in a message. */
	static final Pattern INTERNALS = Pattern.compile(
			"###|SQLException|SQL state|SQLSTATE|Error (?:querying|updating) database|org\\.h2\\.|org\\.postgresql|ibatis|\\bat [a-z]+\\.[a-zA-Z0-9_.$]+\\(",
			Pattern.CASE_INSENSITIVE);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ErrorBuffering wrapper = new ErrorBuffering(response);
		chain.doFilter(request, wrapper);
		if (!wrapper.buffered()) {
			return;
		}
		String body = wrapper.body();
		int status = wrapper.getStatus();
		if (status >= 500 || INTERNALS.matcher(body).find()) {
			String reference = UUID.randomUUID().toString().substring(0, 8);
			log.warn("Replaced error body of {} {} (status {}, reference {}): {}", request.getMethod(),
					request.getRequestURI(), status, reference, body);
			ProblemResponses.write(response, status, (status >= 500) ? "Internt fel" : "Felaktig förfrågan",
					"Förfrågan kunde inte utföras. Ange referens " + reference + " om du kontaktar förvaltningen.");
			return;
		}
		byte[] bytes = wrapper.bytes();
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	/**
	 * Buffers the body only when an error status is set before the first byte;
	 * successful responses (diagrams, deployment resources) stream directly.
	 */
	private static final class ErrorBuffering extends HttpServletResponseWrapper {

		private ByteArrayOutputStream buffer;

		private ServletOutputStream stream;

		private PrintWriter writer;

		ErrorBuffering(HttpServletResponse response) {
			super(response);
		}

		private boolean error() {
			return getStatus() >= 400;
		}

		boolean buffered() {
			return this.buffer != null;
		}

		byte[] bytes() throws IOException {
			if (this.writer != null) {
				this.writer.flush();
			}
			return this.buffer.toByteArray();
		}

		String body() throws IOException {
			return new String(bytes(), StandardCharsets.UTF_8);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.stream != null) {
				return this.stream;
			}
			if (!error()) {
				return super.getOutputStream();
			}
			this.buffer = new ByteArrayOutputStream();
			ByteArrayOutputStream target = this.buffer;
			this.stream = new ServletOutputStream() {

				@Override
				public void write(int b) {
					target.write(b);
				}

				@Override
				public void write(byte[] b, int off, int len) {
					target.write(b, off, len);
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setWriteListener(WriteListener listener) {
					throw new UnsupportedOperationException();
				}

			};
			return this.stream;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer != null) {
				return this.writer;
			}
			if (!error()) {
				return super.getWriter();
			}
			this.writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
			return this.writer;
		}

		@Override
		public void setContentLength(int len) {
			if (!error()) {
				super.setContentLength(len);
			}
		}

		@Override
		public void setContentLengthLong(long len) {
			if (!error()) {
				super.setContentLengthLong(len);
			}
		}

		@Override
		public void setHeader(String name, String value) {
			if (!(error() && "Content-Length".equalsIgnoreCase(name))) {
				super.setHeader(name, value);
			}
		}

		@Override
		public void addHeader(String name, String value) {
			if (!(error() && "Content-Length".equalsIgnoreCase(name))) {
				super.addHeader(name, value);
			}
		}

		@Override
		public void flushBuffer() throws IOException {
			if (!buffered()) {
				super.flushBuffer();
			}
		}

	}

}
