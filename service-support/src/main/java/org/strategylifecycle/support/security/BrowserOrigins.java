package org.strategylifecycle.support.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.support.web.Problems;
import org.strategylifecycle.support.web.RequestId;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Which browser dashboards may call the API from another origin: the origins named by
 * {@code strategy.cors.allowed-origins} (STRATEGY_CORS_ALLOWED_ORIGINS, comma-separated; patterns
 * such as {@code https://*.example.org} allowed), none by default. Spring Security runs the filter
 * ahead of the logins ({@code http.cors()} finds it by its bean name), so a preflight needs no
 * credentials; dashboards send their own {@code Authorization} header, so no cookies or browser
 * credentials are allowed. A request from an origin not named is refused as a problem (403 FORBIDDEN).
 */
@Configuration(proxyBeanMethods = false)
class BrowserOrigins {

    static final List<String> METHODS = List.of("GET", "HEAD", "POST");
    static final List<String> REQUEST_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.ACCEPT, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, "Idempotency-Key", RequestId.HEADER,
            "Last-Event-ID");
    static final List<String> EXPOSED_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER,
            RequestId.HEADER);

    /** Named so that Spring Security's {@code http.cors()} uses it. */
    @Bean
    CorsFilter corsFilter(@Value("${strategy.cors.allowed-origins:}") String allowedOrigins, JsonMapper json) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> origins = Arrays.stream(allowedOrigins.split(",")).map(String::strip).filter(o -> !o.isEmpty()).toList();
        if (!origins.isEmpty()) {
            CorsConfiguration api = new CorsConfiguration();
            api.setAllowedOriginPatterns(origins);
            api.setAllowedMethods(METHODS);
            api.setAllowedHeaders(REQUEST_HEADERS);
            api.setExposedHeaders(EXPOSED_HEADERS);
            api.setAllowCredentials(false);
            api.setMaxAge(Duration.ofHours(1));
            source.registerCorsConfiguration("/api/**", api);
            source.registerCorsConfiguration("/v3/api-docs/**", api);
        }
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new DefaultCorsProcessor() {
            @Override
            protected void rejectRequest(ServerHttpResponse response) throws IOException {
                HttpServletResponse servlet = ((ServletServerHttpResponse) response).getServletResponse();
                Problems.write(servlet, json, ErrorCode.FORBIDDEN, "this origin may not call the API from a browser");
            }
        });
        return filter;
    }

    /** Spring Security runs the filter; the servlet container must not run it a second time. */
    @Bean
    FilterRegistrationBean<CorsFilter> corsFilterOutsideSecurity(CorsFilter corsFilter) {
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(corsFilter);
        registration.setEnabled(false);
        return registration;
    }
}
