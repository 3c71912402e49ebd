package se.regionjh.reservrutin.publication;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.test.context.DynamicPropertyRegistry;

import se.regionjh.reservrutin.units.EService;

/**
 * One SMTP server (GreenMail) and one fake Teams per test JVM, on loopback
 * ports chosen by the OS, shared by every test whose context points at them.
 */
public final class TestChannels {

	private static GreenMail smtp;

	private static int smtpPort;

	private static FakeTeams teams;

	public static final String INERA = "servicedesk@inera.example.org";

	private TestChannels() {
	}

	public static synchronized GreenMail smtp() {
		if (smtp == null) {
			smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			smtp.start();
			smtpPort = smtp.getSmtp().getPort();
		}
		return smtp;
	}

	/** Stops the SMTP server, as when it is down. */
	public static synchronized void stopSmtp() {
		smtp();
		smtp.stop();
	}

	/** Starts it again on the same port. */
	public static synchronized void startSmtp() {
		smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	public static synchronized FakeTeams teams() {
		if (teams == null) {
			teams = new FakeTeams();
		}
		return teams;
	}

	/** Points spring.mail and every service's webhook at the test servers. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp().getSmtp().getPort());
		registry.add("reservrutin.mail.inera-address", () -> INERA);
		registry.add("reservrutin.teams.allow-insecure-loopback", () -> "true");
		for (EService service : EService.values()) {
			registry.add("reservrutin.teams.webhooks." + service.id(), () -> teams().url(service.id()));
		}
	}

}
