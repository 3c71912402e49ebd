package se.regionjh.reservrutin.publication.teams;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import se.regionjh.reservrutin.units.EService;

/**
 * One Teams Workflows webhook per service channel. Every URL is checked when
 * the application starts, so a typo or a pasted phishing link stops the start
 * instead of leaking outage text later: https only, a host in the allow-list,
 * no user info. Blank URLs mean "not configured".
 *
 * @param webhooks webhook URL per service id ({@code reservrutin.teams.webhooks.journalen})
 * @param allowedHosts host names or {@code *.suffix} patterns the URLs may point at
 * @param allowInsecureLoopback tests only: also accept {@code http://} to a loopback address
 * @param timeout connect and request timeout for one post
 */
@Validated
@ConfigurationProperties("reservrutin.teams")
public record TeamsProperties(Map<String, String> webhooks,
		@DefaultValue({ "*.logic.azure.com", "*.powerplatform.com", "*.webhook.office.com" }) @NotEmpty List<String> allowedHosts,
		boolean allowInsecureLoopback, @DefaultValue("PT10S") @NotNull Duration timeout) {

	public TeamsProperties {
		webhooks = (webhooks != null) ? Map.copyOf(webhooks) : Map.of();
		allowedHosts = List.copyOf(allowedHosts);
		for (Map.Entry<String, String> webhook : webhooks.entrySet()) {
			if (EService.byId(webhook.getKey()).isEmpty()) {
				throw new IllegalArgumentException("reservrutin.teams.webhooks names unknown service '"
						+ webhook.getKey() + "'; known: personalverktyget, stod-och-behandling, formular, "
						+ "egen-provhantering, journalen");
			}
			if (!isBlank(webhook.getValue())) {
				check(webhook.getKey(), webhook.getValue(), allowedHosts, allowInsecureLoopback);
			}
		}
	}

	/** The configured webhook of each service, without blank entries. */
	Map<String, URI> endpoints() {
		Map<String, URI> endpoints = new LinkedHashMap<>();
		this.webhooks.forEach((service, url) -> {
			if (!isBlank(url)) {
				endpoints.put(service, URI.create(url.trim()));
			}
		});
		return endpoints;
	}

	static URI check(String service, String url, List<String> allowedHosts, boolean allowInsecureLoopback) {
		URI uri;
		try {
			uri = new URI(url.trim());
		}
		catch (URISyntaxException ex) {
			throw invalid(service, "is not a valid URL");
		}
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : null;
		if (host == null || uri.getRawUserInfo() != null) {
			throw invalid(service, "must be an absolute URL with a host and no user info");
		}
		if ("http".equalsIgnoreCase(uri.getScheme()) && allowInsecureLoopback && isLoopback(host)) {
			return uri;
		}
		if (!"https".equalsIgnoreCase(uri.getScheme())) {
			throw invalid(service, "must use https (only tests may use http, and only to a loopback address)");
		}
		if (allowedHosts.stream().noneMatch((pattern) -> matches(pattern.toLowerCase(Locale.ROOT), host))) {
			throw invalid(service, "points at host '" + host + "', which is not in reservrutin.teams.allowed-hosts "
					+ allowedHosts);
		}
		return uri;
	}

	private static boolean matches(String pattern, String host) {
		if (pattern.startsWith("*.")) {
			String suffix = pattern.substring(1);
			return host.endsWith(suffix) && host.length() > suffix.length();
		}
		return host.equals(pattern);
	}

	private static boolean isLoopback(String host) {
		if ("localhost".equals(host)) {
			return true;
		}
		String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (!literal.matches("[0-9.]+|[0-9a-f:]+")) {
			// Only literal addresses: a name could resolve elsewhere tomorrow.
			return false;
		}
		try {
			return InetAddress.getByName(literal).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static IllegalArgumentException invalid(String service, String problem) {
		// The URL itself carries a signature (a secret), so it never goes into the message.
		return new IllegalArgumentException("Teams webhook for service '" + service + "' " + problem);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
