package se.regionjh.reservrutin.outage;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class OutageNotFoundException extends RuntimeException {

	public OutageNotFoundException(long id) {
		super("Driftstörning " + id + " finns inte");
	}

}
