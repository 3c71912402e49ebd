package se.regionjh.reservrutin.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo users (application-demo.yaml) for tests of secured endpoints: /api
 * and /engine-rest need HTTP Basic. With MockMvc: {@code .with(Credentials.as(Credentials.MANAGEMENT))};
 * with TestRestTemplate: {@code rest.withBasicAuth(Credentials.MANAGEMENT, Credentials.DEMO_PASSWORD)};
 * with java.net.http: {@code header("Authorization", Credentials.basic(...))}.
 * Never use a wrong password for these users: login throttling would delay
 * their next login by up to a minute in the shared test context.
 */
public final class Credentials {

	public static final String DEMO_PASSWORD = "demo";

	/** Member of camunda-admin (password admin, demo profile only). */
	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "admin";

	/** Member of forvaltning. */
	public static final String MANAGEMENT = "forvaltare";

	/** The intake account (group intake): files Inera notices and fault reports on others' behalf. */
	public static final String INTAKE = "intag";

	/** Manager and staff of unit hc-ostersund (group unit-hc-ostersund). */
	public static final String OSTERSUND_MANAGER = "chef-ostersund";

	public static final String OSTERSUND_STAFF = "personal-ostersund";

	/** Manager and staff of unit hc-krokom (group unit-hc-krokom). */
	public static final String KROKOM_MANAGER = "chef-krokom";

	public static final String KROKOM_STAFF = "personal-krokom";

	private Credentials() {
	}

	public static String passwordOf(String user) {
		return ADMIN.equals(user) ? ADMIN_PASSWORD : DEMO_PASSWORD;
	}

	/** The value of an Authorization header for the demo user. */
	public static String basic(String user) {
		return basic(user, passwordOf(user));
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** HTTP Basic for a MockMvc request. */
	public static RequestPostProcessor as(String user) {
		return SecurityMockMvcRequestPostProcessors.httpBasic(user, passwordOf(user));
	}

}
