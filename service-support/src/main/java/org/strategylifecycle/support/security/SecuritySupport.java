package org.strategylifecycle.support.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.support.security.demo.DemoSignIn;
import org.strategylifecycle.support.security.prod.ProductionSignIn;
import org.strategylifecycle.support.web.Problems;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;

/**
 * How both services log users in, imported by each beside its own {@link AccessRules}. Locally
 * HTTP Basic with the demo users, failed logins throttled ({@link DemoSignIn}); under {@code prod}
 * bearer JWTs ({@link ProductionSignIn}). Health probes are open, and so are the metrics on a management
 * port of their own; whatever the rules leave unmatched
 * needs one of the four roles, so a login without a known role reaches nothing else. 401 and 403 are
 * problem details. Stateless, so no session and no CSRF token. Every answer carries a Content-Security-Policy
 * that lets the API docs page (Swagger UI) load its own scripts and styles and nothing else; HSTS is
 * Spring Security's default, sent on HTTPS requests, including those a trusted proxy forwards as HTTPS
 * ({@code strategy-security.yml}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import({DemoSignIn.class, ProductionSignIn.class, BrowserOrigins.class})
public class SecuritySupport {

    /**
     * Swagger UI's page loads scripts, styles and images from the service itself (its styles also set
     * inline, and it draws icons as data: images); JSON answers are unaffected by a CSP.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Spring's HTTP server observation (the {@code http.server.requests} timer) stays; Spring
     * Security's observations of every filter, of the authentication and of the authorization are
     * off. They took about a tenth of a request's CPU (docs/benchmarks.md) and tell nothing the
     * request timer and the 401/403 answers do not.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * A URL Spring Security's firewall refuses (encoded dots, semicolons, ...) is a malformed request;
     * a method it refuses that is none of HTTP's own ({@code PROPFIND}, {@code FOO}) is one no endpoint takes.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(JsonMapper json) {
        return (request, response, rejected) -> {
            if (Arrays.stream(HttpMethod.values()).noneMatch(method -> method.matches(request.getMethod()))) {
                // Every method some endpoint of either service takes.
                response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS, POST");
                Problems.write(response, json, ErrorCode.METHOD_NOT_ALLOWED, "no endpoint takes the method " + request.getMethod());
            } else {
                Problems.write(response, json, ErrorCode.MALFORMED_REQUEST, "the request URL is not allowed");
            }
        };
    }

    /**
     * A management port set apart ({@code MANAGEMENT_SERVER_PORT}) serves the metrics to the scraper
     * without a login: it is published only where the scraper runs (docker-compose.yml), never beside
     * the API. On the API's port the metrics still need a login.
     */
    static RequestMatcher metricsOnTheManagementPort(Integer managementPort) {
        return request -> managementPort != null && managementPort > 0 && request.getLocalPort() == managementPort
                && "/actuator/prometheus".equals(request.getRequestURI());
    }

    /** What both sign-ins share: stateless, the CSP, problem details, health open and a role for the rest. */
    public static HttpSecurity common(HttpSecurity http, ProblemSecurityHandlers problems, AccessRules rules)
            throws Exception {
        Integer managementPort = http.getSharedObject(ApplicationContext.class).getEnvironment()
                .getProperty("management.server.port", Integer.class);
        return http
                .csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**").permitAll();
                    requests.requestMatchers(metricsOnTheManagementPort(managementPort)).permitAll();
                    // The container's forward of an error to /error: the request itself was checked already.
                    requests.requestMatchers(SecuritySupport::isErrorDispatch).permitAll();
                    rules.apply(requests);
                    requests.anyRequest().hasAnyRole(Roles.EDITOR, Roles.AUDITOR, Roles.VIEWER, Roles.ADMIN);
                });
    }

    /**
     * Whether the container forwards an error. A request made up by Spring Security to ask the rules
     * what a user may open (a page's links, through {@code WebInvocationPrivilegeEvaluator}) has no
     * dispatcher type and throws when asked: it is no error dispatch.
     */
    private static boolean isErrorDispatch(HttpServletRequest request) {
        try {
            return request.getDispatcherType() == DispatcherType.ERROR;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }
}
