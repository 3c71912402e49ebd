package se.regionjh.reservrutin.templates;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import se.regionjh.reservrutin.calendar.WorkingDaySchedule;

/**
 * The template archive (R4, R17).
 *
 * @param snapshotCycle when management is asked to save copies of the templates
 * @param maxFileSize largest uploaded file per template version
 * @param allowedContentTypes content types an uploaded file may have
 */
@Validated
@ConfigurationProperties("reservrutin.templates")
public record TemplateProperties(@Valid @NotNull WorkingDaySchedule snapshotCycle, @NotNull DataSize maxFileSize,
		@NotEmpty List<String> allowedContentTypes) {

	public TemplateProperties {
		allowedContentTypes = List.copyOf(allowedContentTypes);
	}

}
