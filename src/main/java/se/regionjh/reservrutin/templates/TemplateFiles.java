package se.regionjh.reservrutin.templates;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.templates.TemplateDraft.UploadedFile;

/**
 * Checks an uploaded template file: its size, its declared content type, and
 * that its first bytes agree with that type (a browser's type is the file
 * name's guess, not the content).
 */
@Component
class TemplateFiles {

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	/** docx and odt are zip files. */
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private final TemplateProperties properties;

	TemplateFiles(TemplateProperties properties) {
		this.properties = properties;
	}

	List<String> problems(UploadedFile file) {
		List<String> problems = new ArrayList<>();
		if (file.content() == null || file.content().length == 0) {
			problems.add("Den bifogade filen är tom.");
			return problems;
		}
		if (file.content().length > this.properties.maxFileSize().toBytes()) {
			problems.add("Filen är för stor: högst " + this.properties.maxFileSize().toMegabytes() + " MB.");
		}
		String type = normalized(file.contentType());
		if (!this.properties.allowedContentTypes().contains(type)) {
			problems.add("Filtypen " + (type.isEmpty() ? "(okänd)" : type)
					+ " tas inte emot. Tillåtna är PDF, Word, OpenDocument, text, PNG och JPEG.");
		}
		else if (!contentMatches(type, file.content())) {
			problems.add("Filens innehåll stämmer inte med filtypen " + type + ".");
		}
		return problems;
	}

	static String normalized(String contentType) {
		if (contentType == null) {
			return "";
		}
		int parameters = contentType.indexOf(';');
		return ((parameters >= 0) ? contentType.substring(0, parameters) : contentType).trim().toLowerCase(Locale.ROOT);
	}

	private static boolean contentMatches(String type, byte[] content) {
		return switch (type) {
			case "application/pdf" -> startsWith(content, PDF);
			case "image/png" -> startsWith(content, PNG);
			case "image/jpeg" -> startsWith(content, JPEG);
			case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"application/vnd.oasis.opendocument.text" ->
				startsWith(content, ZIP);
			case "text/plain" -> isText(content);
			default -> true;
		};
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static boolean isText(byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				return false;
			}
		}
		return true;
	}

}
