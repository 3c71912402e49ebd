package se.regionjh.reservrutin.templates;

/**
 * What management submits for a new template or a new version of one.
 *
 * @param file an uploaded file, or null to keep (on update) or have none
 */
public record TemplateDraft(String title, String category, String body, UploadedFile file) {

	public record UploadedFile(String name, String contentType, byte[] content) {
	}

}
