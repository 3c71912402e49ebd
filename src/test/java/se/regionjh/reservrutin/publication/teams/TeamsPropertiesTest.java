package se.regionjh.reservrutin.publication.teams;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TeamsPropertiesTest {

	static final List<String> HOSTS = List.of("*.logic.azure.com", "*.powerplatform.com", "*.webhook.office.com");

	static final String SECRET = "sig=hemlig-signatur";

	@Test
	void acceptsHttpsWebhooksOnAllowedHosts() {
		TeamsProperties properties = properties(Map.of("journalen",
				"https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?" + SECRET,
				"formular", "https://default1.environment.api.powerplatform.com/powerautomate/x?" + SECRET,
				"personalverktyget", " "), false);
		assertThat(properties.endpoints()).containsOnlyKeys("journalen", "formular");
	}

	@Test
	void refusesPlainHttp() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> properties(Map.of("journalen", "http://prod-1.logic.azure.com/x?" + SECRET), false))
			.withMessageContaining("must use https")
			.withMessageNotContaining(SECRET);
	}

	@Test
	void refusesHostsOutsideTheAllowList() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> properties(Map.of("journalen", "https://evil.example.com/x?" + SECRET), false))
			.withMessageContaining("evil.example.com")
			.withMessageNotContaining(SECRET);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> properties(Map.of("journalen", "https://prod.logic.azure.com.evil.example.com/x"), false))
			.withMessageContaining("not in reservrutin.teams.allowed-hosts");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> properties(Map.of("journalen", "https://logic.azure.com/x"), false))
			.withMessageContaining("not in reservrutin.teams.allowed-hosts");
	}

	@Test
	void refusesUserInfoAndUnknownServices() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> properties(Map.of("journalen", "https://user:pw@prod.logic.azure.com/x"), false))
			.withMessageContaining("no user info");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> properties(Map.of("jornalen", "https://prod.logic.azure.com/x"), false))
			.withMessageContaining("unknown service 'jornalen'");
	}

	@Test
	void loopbackHttpOnlyWhenTestsAskForIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> properties(Map.of("journalen", "http://127.0.0.1:8089/hook"), false))
			.withMessageContaining("must use https");
		assertThat(properties(Map.of("journalen", "http://127.0.0.1:8089/hook"), true).endpoints())
			.containsKey("journalen");
		// The test switch never opens plain http to other hosts.
		assertThatIllegalArgumentException()
			.isThrownBy(() -> properties(Map.of("journalen", "http://10.0.0.5/hook"), true))
			.withMessageContaining("must use https");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> properties(Map.of("journalen", "http://localhost.evil.example.com/hook"), true))
			.withMessageContaining("must use https");
	}

	static TeamsProperties properties(Map<String, String> webhooks, boolean loopback) {
		return new TeamsProperties(webhooks, HOSTS, loopback, Duration.ofSeconds(5));
	}

}
