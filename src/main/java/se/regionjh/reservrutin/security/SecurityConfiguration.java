package se.regionjh.reservrutin.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.security.servlet.PathRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import se.regionjh.reservrutin.security.CamundaIdentityAuthenticationProvider.CamundaUser;


/**
 * Who may reach what. Three filter chains, first match wins:
 * <ol>
 * <li>{@code /engine-rest/**} and {@code /api/**}: HTTP Basic against Camunda's
 * users, stateless, no anonymous access except the public status JSON.</li>
 * <li>{@code /camunda/**}: the Camunda webapps keep their own session login and
 * CSRF protection; beyond the login page, its assets and the login endpoints
 * nothing answers without a webapp login. One login serves both this chain and
 * the pages ({@link OneLoginFilter}). Camunda writes its own security
 * headers there (camunda.bpm.webapp.header-security).</li>
 * <li>Everything else: public status page, feeds, health and static assets;
 * the rest (template pages, API docs) behind a login form, or OpenID Connect
 * when a client registration is configured.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	/** Pages and APIs of this application: nothing inline but styles, never framed. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String REALM = "Reservrutin 1177";

	private static final String[] CAMUNDA_PUBLIC = { "/camunda", "/camunda/", "/camunda/app/**", "/camunda/assets/**",
			"/camunda/lib/**", "/camunda/favicon.ico", "/camunda/api/admin/auth/**", "/camunda/api/admin/setup/**",
			"/camunda/api/*/plugin/*/static/**", "/camunda/api/engine/engine", "/camunda/api/engine/engine/" };

	@Bean
	static DemoCredentialGuard demoCredentialGuard(Environment environment) {
		return new DemoCredentialGuard(environment);
	}

	@Bean
	CamundaIdentityAuthenticationProvider camundaIdentityAuthenticationProvider(IdentityService identityService) {
		return new CamundaIdentityAuthenticationProvider(identityService);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(new OrRequestMatcher(paths("/engine-rest/**", "/api/**")))
			.authorizeHttpRequests((requests) -> accessRules(requests).anyRequest().authenticated())
			.httpBasic((basic) -> basic.realmName(REALM).authenticationEntryPoint(unauthorized()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthorized())
				.accessDeniedHandler(forbidden()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain camundaWebappSecurity(HttpSecurity http,
			ObjectProvider<ClientRegistrationRepository> clientRegistrations, ProcessEngine engine) throws Exception {
		http.securityMatcher(path("/camunda/**"))
			.addFilterBefore(new OneLoginFilter(engine), AnonymousAuthenticationFilter.class)
			// Camunda's CsrfPreventionFilter and HttpHeaderSecurityFilter cover these paths.
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers.disable())
			.requestCache((cache) -> cache.disable());
		if (clientRegistrations.getIfAvailable() != null) {
			// Single sign-on: Spring Security logs in; OidcConfiguration hands the
			// user to the webapps.
			http.authorizeHttpRequests((requests) -> requests.requestMatchers(paths("/camunda/assets/**",
					"/camunda/lib/**", "/camunda/favicon.ico"))
				.permitAll()
				.anyRequest()
				.authenticated()).oauth2Login(Customizer.withDefaults());
		}
		else {
			http.authorizeHttpRequests((requests) -> requests.requestMatchers(paths(CAMUNDA_PUBLIC))
				.permitAll()
				.anyRequest()
				.access(camundaWebappLogin()))
				.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthorizedWithoutChallenge())
					.accessDeniedHandler(forbidden()));
		}
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> clientRegistrations,
			ProcessEngine engine) throws Exception {
		http.addFilterBefore(new OneLoginFilter(engine), AnonymousAuthenticationFilter.class);
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(paths("/", "/driftinformation",
				"/driftinformation/**", "/actuator/health", "/actuator/health/**", "/login", "/error", "/favicon.ico",
				"/webjars/**"))
			.permitAll()
			.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
			.permitAll()
			.requestMatchers(accessRuleMatchers())
			.access(accessRules())
			.anyRequest()
			.authenticated())
			.httpBasic((basic) -> basic.realmName(REALM))
			.logout((logout) -> logout.logoutSuccessUrl("/login?utloggad"))
			.headers(SecurityConfiguration::headers);
		if (clientRegistrations.getIfAvailable() != null) {
			http.oauth2Login(Customizer.withDefaults());
		}
		else {
			http.formLogin((form) -> form.loginPage("/login").permitAll());
		}
		return http.build();
	}

	/**
	 * Failed logins per source address (docs/security.md): at most
	 * {@code max-failures} in {@code window}, then 429 until the oldest leaves
	 * the window. Before Spring Security, so it sees every way of logging in.
	 */
	@Bean
	FilterRegistrationBean<LoginSourceLimitFilter> loginSourceLimitFilter(
			@org.springframework.beans.factory.annotation.Value("${reservrutin.security.login-source-limit.max-failures:30}") int maxFailures,
			@org.springframework.beans.factory.annotation.Value("${reservrutin.security.login-source-limit.window:PT10M}") java.time.Duration window) {
		var registration = new FilterRegistrationBean<>(
				new LoginSourceLimitFilter(new LoginSourceLimit(maxFailures, window, java.time.Clock.systemUTC())));
		registration.addUrlPatterns("/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<EngineRestAuthenticationFilter> engineRestAuthenticationFilter(
			IdentityService identityService) {
		var registration = new FilterRegistrationBean<>(new EngineRestAuthenticationFilter(identityService));
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<TaskExistenceFilter> taskExistenceFilter(TaskService taskService,
			IdentityService identityService) {
		var registration = new FilterRegistrationBean<>(new TaskExistenceFilter(taskService, identityService));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 15);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ExpressionGuardFilter> expressionGuardFilter() {
		var registration = new FilterRegistrationBean<>(new ExpressionGuardFilter(SecurityConfiguration::isAdmin));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<DateRangeFilter> dateRangeFilter() {
		var registration = new FilterRegistrationBean<>(new DateRangeFilter());
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 22);
		return registration;
	}

	@Bean
	FilterRegistrationBean<VariableWriteGuardFilter> variableWriteGuardFilter(TaskService taskService,
			FormService formService, RepositoryService repositoryService, IdentityService identityService,
			List<SystemVariables> systemVariables) {
		var registration = new FilterRegistrationBean<>(new VariableWriteGuardFilter(SecurityConfiguration::isAdmin,
				taskService, formService, repositoryService, identityService, SystemVariables.union(systemVariables)));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 25);
		return registration;
	}

	@Bean
	FilterRegistrationBean<FilterOwnerGuardFilter> filterOwnerGuardFilter() {
		var registration = new FilterRegistrationBean<>(new FilterOwnerGuardFilter(SecurityConfiguration::isAdmin));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 26);
		return registration;
	}

	@Bean
	FilterRegistrationBean<MultipartUploadFilter> multipartUploadFilter() {
		var registration = new FilterRegistrationBean<>(new MultipartUploadFilter());
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 27);
		return registration;
	}

	/**
	 * /error is where the container forwards a failed request (an ERROR
	 * dispatch, which this filter does not see). Asked for directly there is no
	 * error to show, and Spring Boot's controller would answer 500.
	 */
	@Bean
	FilterRegistrationBean<jakarta.servlet.Filter> directErrorPageNotFound() {
		var registration = new FilterRegistrationBean<jakarta.servlet.Filter>((request, response,
				chain) -> ProblemResponses.write((HttpServletResponse) response, HttpServletResponse.SC_NOT_FOUND,
						"Sidan finns inte", "Sidan finns inte."));
		registration.addUrlPatterns("/error", "/error/*");
		registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST);
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 5);
		return registration;
	}

	/** An API call the container forwards to /error answers problem details, never an HTML page. */
	@Bean
	FilterRegistrationBean<ApiErrorDispatchFilter> apiErrorDispatchFilter() {
		var registration = new FilterRegistrationBean<>(new ApiErrorDispatchFilter());
		registration.addUrlPatterns("/error", "/error/*");
		registration.setDispatcherTypes(jakarta.servlet.DispatcherType.ERROR);
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 5);
		return registration;
	}

	/**
	 * A request the firewall refuses (a double slash, an encoded slash, "..")
	 * is a client error; left to the container it becomes a 500.
	 */
	@Bean
	FilterRegistrationBean<RequestFirewallFilter> requestFirewallFilter(RequestRejectedHandler rejected) {
		var registration = new FilterRegistrationBean<>(new RequestFirewallFilter(rejected));
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, exception) -> {
			log.info("Rejected request {} {}: {}", request.getMethod(), request.getRequestURI(),
					exception.getMessage());
			ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, "Ogiltig adress",
					"Adressen är ogiltig. Kontrollera länken, till exempel att den inte har dubbla snedstreck.");
		};
	}

	@Bean
	FilterRegistrationBean<ErrorBodySanitizingFilter> errorBodySanitizingFilter() {
		var registration = new FilterRegistrationBean<>(new ErrorBodySanitizingFilter());
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 30);
		return registration;
	}

	/**
	 * Paths within the application, whichever servlet serves them: the engine REST
	 * API and the webapps are Jersey servlets beside Spring MVC's dispatcher, so
	 * MVC-relative matchers would not see them.
	 */
	static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	static RequestMatcher path(HttpMethod method, String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
	}

	static RequestMatcher[] paths(String... patterns) {
		return java.util.Arrays.stream(patterns).map(SecurityConfiguration::path).toArray(RequestMatcher[]::new);
	}

	static String group(String groupId) {
		return CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX + groupId;
	}

	/** The rows of {@link AccessRules}, each its own matcher, so that the table is the only place a rule is written. */
	private static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry accessRules(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		return requests.requestMatchers(accessRuleMatchers()).access(accessRules());
	}

	private static RequestMatcher[] accessRuleMatchers() {
		return AccessRules.RULES.stream()
			.map((rule) -> path(rule.method(), rule.pattern()))
			.toArray(RequestMatcher[]::new);
	}

	private static AuthorizationManager<RequestAuthorizationContext> accessRules() {
		return (authentication, context) -> {
			HttpServletRequest request = context.getRequest();
			String path = request.getRequestURI().substring(request.getContextPath().length());
			boolean permitted = AccessRules.find(HttpMethod.valueOf(request.getMethod()), path)
				.map((rule) -> AccessRules.permits(rule, authentication.get(), path))
				.orElse(false);
			return new AuthorizationDecision(permitted);
		};
	}

	/** Administrators: camunda-admin through HTTP Basic, or in the webapp session. */
	private static boolean isAdmin(HttpServletRequest request, String engineName) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CamundaUser user && user.isAdmin()) {
			return true;
		}
		return CamundaWebappSessions.isAdmin(request, engineName);
	}

	private static AuthorizationManager<RequestAuthorizationContext> camundaWebappLogin() {
		return (authentication, context) -> new AuthorizationDecision(
				CamundaWebappSessions.isLoggedIn(context.getRequest()));
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000));
	}

	private static AuthenticationEntryPoint unauthorized() {
		return (request, response, exception) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
			writeUnauthorized(response);
		};
	}

	/** The webapps log in with their own form; a Basic challenge would open the browser's dialog. */
	private static AuthenticationEntryPoint unauthorizedWithoutChallenge() {
		return (request, response, exception) -> writeUnauthorized(response);
	}

	private static void writeUnauthorized(HttpServletResponse response) throws IOException {
		ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Inloggning krävs",
				"Logga in för att använda tjänsten.");
	}

	private static AccessDeniedHandler forbidden() {
		return (request, response, exception) -> ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN,
				"Åtkomst nekad", "Du saknar behörighet för det här.");
	}

}
