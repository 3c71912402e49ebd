package se.regionjh.reservrutin.intake;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the intake API.
 *
 * @param maxBodySize the largest request body the intake endpoints read; a
 * larger one is refused with 413 before any of it is parsed
 */
@Validated
@ConfigurationProperties("reservrutin.intake")
record IntakeProperties(@NotNull @DefaultValue("64KB") DataSize maxBodySize) {

}
