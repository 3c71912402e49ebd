package se.regionjh.reservrutin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReservrutinApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReservrutinApplication.class, args);
	}

}
