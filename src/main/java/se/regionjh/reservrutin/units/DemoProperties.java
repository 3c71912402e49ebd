package se.regionjh.reservrutin.units;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo users for the embedded default run; only the demo profile sets these.
 */
@ConfigurationProperties("reservrutin.demo")
public record DemoProperties(boolean enabled, String password, List<DemoUser> users) {

	public DemoProperties {
		users = (users != null) ? List.copyOf(users) : List.of();
	}

	public record DemoUser(String id, String firstName, String lastName, String email, List<String> groups) {

		public DemoUser {
			groups = (groups != null) ? List.copyOf(groups) : List.of();
		}

	}

}
