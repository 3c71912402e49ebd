package se.regionjh.reservrutin.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

	/** Before security and everything else: an oversized body is refused unread. */
	@Bean
	FilterRegistrationBean<BodySizeLimit> intakeBodySizeLimit(IntakeProperties properties, ObjectMapper objectMapper) {
		var registration = new FilterRegistrationBean<>(
				new BodySizeLimit(properties.maxBodySize().toBytes(), objectMapper));
		registration.addUrlPatterns(IneraNoticeController.PATH, IneraNoticeController.PATH + "/*",
				FaultReportController.PATH, FaultReportController.PATH + "/*", IntakeErrorController.PATH + "/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	OpenAPI reservrutinOpenApi() {
		return new OpenAPI().info(new Info().title("Reservrutin 1177")
			.version("1")
			.description("Intag av Ineras meddelanden och felanmälningar. Fel besvaras som RFC 7807 "
					+ "(application/problem+json) med varje felaktigt fält i errors."));
	}

}
