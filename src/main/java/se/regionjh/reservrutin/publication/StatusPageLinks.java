package se.regionjh.reservrutin.publication;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Absolute links to the status page, for messages that leave the application
 * (Teams cards, e-mail, feeds).
 *
 * @param baseUrl public base URL of the application ({@code reservrutin.links.base-url})
 */
@Validated
@ConfigurationProperties("reservrutin.links")
public record StatusPageLinks(@NotNull URI baseUrl) {

	public static final String STATUS_PAGE_PATH = "/driftinformation";

	/** The status page itself. */
	public String statusPage() {
		return base() + STATUS_PAGE_PATH;
	}

	/** One outage's page with its public timeline. */
	public String outage(String reference) {
		return statusPage() + "/" + reference;
	}

	private String base() {
		String url = this.baseUrl.toString();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
