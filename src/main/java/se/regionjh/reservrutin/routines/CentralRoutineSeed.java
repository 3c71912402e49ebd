package se.regionjh.reservrutin.routines;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Makes sure the central routine has its first version. Two nodes starting at
 * once both try; the primary key lets one win.
 */
@Component
@Order(15)
class CentralRoutineSeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CentralRoutineSeed.class);

	private final CentralRoutine centralRoutine;

	CentralRoutineSeed(CentralRoutine centralRoutine) {
		this.centralRoutine = centralRoutine;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			if (this.centralRoutine.seed()) {
				log.info("Recorded version 1 of the central routine");
			}
		}
		catch (DuplicateKeyException ex) {
			log.info("Another node recorded version 1 of the central routine");
		}
	}

}
