package se.regionjh.reservrutin.publication;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Absolute links to the status page, for messages that leave the application
 * (Teams cards, e-mail, feeds).
 *
 * The address cannot be taken from a request: most of these messages are
 * made by jobs. Outside the demo profile it has no default, and a start
 * without a valid one is refused here, naming the variable to set, instead of
 * sending every unit links to localhost. (Pages the application serves link
 * relative to the request, behind a proxy through its forwarded headers.)
 *
 * @param baseUrl public base URL of the application ({@code reservrutin.links.base-url})
 */
@ConfigurationProperties("reservrutin.links")
public record StatusPageLinks(URI baseUrl) {

	public StatusPageLinks {
		if (baseUrl == null || baseUrl.getHost() == null
				|| !("https".equals(baseUrl.getScheme()) || "http".equals(baseUrl.getScheme()))) {
			throw new IllegalArgumentException("Set RESERVRUTIN_BASE_URL (reservrutin.links.base-url) to the "
					+ "application's public address, such as https://reservrutin.regionjh.se; links in e-mail, Teams "
					+ "and feeds are made from it. It is " + ((baseUrl == null) ? "not set." : "'" + baseUrl + "'."));
		}
	}

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
