package se.regionjh.reservrutin.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A bean that an injected expression such as {@code ${securityCanary.call()}}
 * would reach: the engine resolves expression identifiers against all Spring
 * beans. Tests assert it was never called.
 */
public class ExpressionCanary {

	public static final String BEAN_NAME = "securityCanary";

	private final AtomicInteger calls = new AtomicInteger();

	public String call() {
		this.calls.incrementAndGet();
		return "canary";
	}

	public int calls() {
		return this.calls.get();
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean(BEAN_NAME)
		ExpressionCanary securityCanary() {
			return new ExpressionCanary();
		}

	}

}
