package se.regionjh.reservrutin.publication.statuspage;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The status page's HTML, rendered once per snapshot and page and then served
 * as a string: during an outage hundreds of people reload the same few pages,
 * and rendering each time costs far more than sending it. The cache is
 * dropped whole when the snapshot changes. Pages are rendered without the
 * servlet's URL rewriting, so no visitor's session id can end up in a page
 * that everyone gets.
 */
@Component
class RenderedPages {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	private final ISpringTemplateEngine engine;

	private final ApplicationContext applicationContext;

	private final AtomicReference<Cache> cache = new AtomicReference<>(new Cache(-1));

	RenderedPages(ISpringTemplateEngine engine, ApplicationContext applicationContext) {
		this.engine = engine;
		this.applicationContext = applicationContext;
	}

	String render(StatusSnapshot snapshot, String key, String template, Map<String, Object> model,
			HttpServletRequest request, HttpServletResponse response) {
		Cache current = this.cache.get();
		if (current.version != snapshot.version()) {
			current = new Cache(snapshot.version());
			this.cache.set(current);
		}
		return current.pages.computeIfAbsent(key, (k) -> process(template, model, request, response));
	}

	String process(String template, Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) {
		var application = JakartaServletWebApplication.buildApplication(request.getServletContext());
		WebContext context = new WebContext(application.buildExchange(request, new NoUrlRewriting(response)), SWEDISH,
				model);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		return this.engine.process(template, context);
	}

	private static final class Cache {

		private final long version;

		private final Map<String, String> pages = new ConcurrentHashMap<>();

		Cache(long version) {
			this.version = version;
		}

	}

	private static final class NoUrlRewriting extends HttpServletResponseWrapper {

		NoUrlRewriting(HttpServletResponse response) {
			super(response);
		}

		@Override
		public String encodeURL(String url) {
			return url;
		}

		@Override
		public String encodeRedirectURL(String url) {
			return url;
		}

	}

}
