package se.regionjh.reservrutin.routines;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Records every notice in routine_notice and e-mails it when a mail server is
 * configured (spring.mail.host); otherwise the record says NOT_CONFIGURED. A
 * mail failure fails the calling process step, so the engine retries it (the
 * record is rolled back with it).
 */
@Component
class MailRoutineNotifier implements RoutineNotifier {

	static final String SENT = "SENT";

	static final String NOT_CONFIGURED = "NOT_CONFIGURED";

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final String from;

	MailRoutineNotifier(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender,
			@Value("${reservrutin.mail.functional-mailbox}") String from) {
		this.jdbc = jdbc;
		this.mailSender = mailSender;
		this.from = from;
	}

	@Override
	public void send(Notice notice) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		for (String recipient : notice.recipients()) {
			if (sender != null) {
				sender.send((message) -> {
					MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
					helper.setFrom(this.from);
					helper.setTo(recipient);
					helper.setSubject(notice.subject());
					helper.setText(notice.body());
					// RFC 3834: no person wrote it; the mailbox poller does not take it in.
					message.setHeader("Auto-Submitted", "auto-generated");
				});
			}
			this.jdbc.sql("insert into routine_notice (created_at, kind, recipient, subject, body, reference, status) "
					+ "values (:now, :kind, :recipient, :subject, :body, :reference, :status)")
				.param("now", Times.utc(Times.now()))
				.param("kind", notice.kind().name())
				.param("recipient", recipient)
				.param("subject", notice.subject())
				.param("body", notice.body())
				.param("reference", notice.reference())
				.param("status", (sender != null) ? SENT : NOT_CONFIGURED)
				.update();
		}
	}

}
