package org.strategylifecycle.query.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.support.security.AccessRules;
import org.strategylifecycle.support.security.Roles;
import org.strategylifecycle.support.web.Problems;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's pages (docs/adr/0017). Their access rules join the service's own
 * ({@link SecurityConfig}), so they hold under every login. Locally a second filter chain, for the
 * pages and the live streams they subscribe to, adds what a browser needs: a login form for the demo
 * users with a session (and CSRF protection on its forms) beside HTTP Basic for scripts. A browser
 * cannot put a header on an EventSource, so the streams must accept the session too; they keep their
 * rules, because this chain applies the same {@link AccessRules}. Under {@code prod} there is no such
 * chain: pages go through the JWT chain like the API.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurity {

    /** Paths of the pages, their assets and the login form. */
    static final String[] PAGES = {"/", "/editions/**", "/compare", "/login", "/logout", "/denied",
            "/dashboard/**", "/webjars/**", "/favicon.ico"};
    /** The live streams the pages subscribe to. */
    static final String[] STREAMS = {"/api/strategies/*/changes", "/api/activity/stream"};

    /** Who may see which page; applied in every chain, before the API's rules. */
    static void pageRules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        // "/denied" only renders the refusal Spring Security forwards to, also for a login form without its token.
        requests.requestMatchers("/login", "/denied", "/dashboard/**", "/webjars/**", "/favicon.ico").permitAll()
                .requestMatchers("/editions/*/history", "/editions/*/elements/*/history")
                .hasAnyRole(Roles.AUDITOR, Roles.ADMIN)
                .requestMatchers("/", "/editions/**", "/compare")
                .hasAnyRole(Roles.VIEWER, Roles.AUDITOR, Roles.EDITOR, Roles.ADMIN);
    }

    @Bean
    @Order(1)
    @Profile("!prod")
    SecurityFilterChain pageFilterChain(HttpSecurity http, AuthenticationProvider demoUsers, AccessRules rules,
                                     JsonMapper json) throws Exception {
        RequestMatcher streams = anyOf(STREAMS);
        RequestMatcher browser = new AndRequestMatcher(new NegatedRequestMatcher(streams), asksForHtml());
        AuthenticationEntryPoint problem = (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"strategy\"");
            Problems.write(response, json, ErrorCode.UNAUTHENTICATED, "credentials are missing or wrong");
        };
        AccessDeniedHandler denied = (request, response, e) -> {
            if (streams.matches(request)) {
                Problems.write(response, json, ErrorCode.FORBIDDEN, "your role may not do this");
            } else {
                // The refusal page, as AccessDeniedHandlerImpl renders it, but without the refused request's
                // parameters (a login form's fields, a page's filters): they are not the refusal page's.
                request.setAttribute(WebAttributes.ACCESS_DENIED_403, e);
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                request.getRequestDispatcher("/denied").forward(withoutParameters(request), response);
            }
        };
        return http
                .securityMatcher(new OrRequestMatcher(streams, anyOf(PAGES)))
                // Back to the page asked for after the login, at its own address (no "?continue" added).
                .requestCache(cache -> cache.requestCache(savedRequests()))
                // The demo users alone, as in DemoSignIn: with the global manager as parent, a wrong
                // password would be checked, and counted by the login throttle, twice.
                .authenticationManager(new ProviderManager(demoUsers))
                // The same origins as the API's chain (BrowserOrigins): the streams are served here too.
                .cors(Customizer.withDefaults())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problem))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browser)
                        .defaultAuthenticationEntryPointFor(problem, AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(denied))
                .authorizeHttpRequests(requests -> {
                    rules.apply(requests);
                    requests.anyRequest().authenticated();
                })
                .build();
    }

    private static HttpServletRequest withoutParameters(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }

            @Override
            public String getQueryString() {
                return null;
            }
        };
    }

    private static HttpSessionRequestCache savedRequests() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        return cache;
    }

    /** A browser navigating asks for HTML by name; a script's {@code *\/*} does not count. */
    private static RequestMatcher asksForHtml() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return html;
    }

    private static RequestMatcher anyOf(String[] patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns)
                .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern)).toList());
    }
}
