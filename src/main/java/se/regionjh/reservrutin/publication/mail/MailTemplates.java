package se.regionjh.reservrutin.publication.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import se.regionjh.reservrutin.outage.Outage;
import se.regionjh.reservrutin.outage.Publication;
import se.regionjh.reservrutin.publication.PublicationFacts;
import se.regionjh.reservrutin.publication.StatusPageLinks;

/**
 * Renders a publication as e-mail from {@code templates/mail/publication.html}
 * and {@code publication.txt}. An engine of its own, because the web's engine
 * knows only HTML and the plain-text part must not be HTML-escaped.
 */
@Component
class MailTemplates {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final StatusPageLinks links;

	MailTemplates(StatusPageLinks links) {
		this.links = links;
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
	}

	record Rendered(String text, String html) {
	}

	Rendered render(Publication publication, Outage outage) {
		Context context = new Context(SWEDISH);
		context.setVariable("subject", publication.subject());
		context.setVariable("title", outage.title());
		context.setVariable("reference", outage.reference());
		context.setVariable("facts", PublicationFacts.of(publication, outage));
		context.setVariable("text", publication.body());
		context.setVariable("link", this.links.outage(outage.reference()));
		context.setVariable("statusPage", this.links.statusPage());
		return new Rendered(this.engine.process("publication.txt", context),
				this.engine.process("publication.html", context));
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setTemplateMode(mode);
		resolver.getResolvablePatternSpec().addPattern(pattern);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

}
