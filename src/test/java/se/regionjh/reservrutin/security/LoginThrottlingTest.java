package se.regionjh.reservrutin.security;

import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.regionjh.reservrutin.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 item 4: wrong passwords slow a login down but never lock the account
 * for good. The engine's clock is moved past each delay instead of sleeping.
 */
@IntegrationTest
class LoginThrottlingTest {

	@Autowired
	IdentityService identityService;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void afterManyWrongPasswordsTheRightOneStillWorksOnceTheDelayIsOver() {
		String userId = "lockout-test";
		if (this.identityService.createUserQuery().userId(userId).count() == 0) {
			User user = this.identityService.newUser(userId);
			user.setPassword("Right-password-1");
			this.identityService.saveUser(user);
		}
		long now = System.currentTimeMillis();
		for (int attempt = 1; attempt <= 15; attempt++) {
			now += 61_000;
			ClockUtil.setCurrentTime(new Date(now));
			assertThat(this.identityService.checkPassword(userId, "fel")).isFalse();
		}
		// Right after a wrong password the right one waits for the delay...
		assertThat(this.identityService.checkPassword(userId, "Right-password-1")).isFalse();
		// ...and works once the delay (at most loginDelayMaxTime, 60 s) is over: no permanent lock.
		ClockUtil.setCurrentTime(new Date(now + 61_000));
		assertThat(this.identityService.checkPassword(userId, "Right-password-1")).isTrue();
	}

}
