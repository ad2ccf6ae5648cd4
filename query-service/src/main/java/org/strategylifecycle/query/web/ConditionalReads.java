package org.strategylifecycle.query.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import java.io.IOException;

/**
 * Conditional reads: every read of the API answers a weak ETag of its body, and a read whose
 * {@code If-None-Match} names it is 304 without a body (Spring's {@link ShallowEtagHeaderFilter}).
 * The tag is a hash of what this login was answered, so it follows every ingredient of the answer
 * (the read model's position, which every answer carries, the parameters, the representation)
 * without a rule per endpoint, and it is never compared before Spring Security has let the
 * request through: a login that may not read the answer gets its 401 or 403, never a 304.
 * {@code Cache-Control: private, no-cache} lets a browser keep the answer and revalidate it, where
 * Spring Security's default {@code no-store} would forbid keeping it at all; shared caches keep
 * nothing, since answers depend on the login. Weak, because Tomcat compresses only answers
 * without a strong tag (a compressed body is not the same bytes). Event streams must not be
 * buffered and admin reads report live state: both are left alone. An answer that comes with its
 * own tag (an edition's, edition/EditionAnswers) keeps it: Spring's filter only tags untagged answers.
 */
class ConditionalReads extends ShallowEtagHeaderFilter {

    static final String CACHE_CONTROL = "private, no-cache";

    ConditionalReads() {
        setWriteWeakETag(true);
    }

    /** After the request id, before Spring Security (whose headers then leave Cache-Control as set here). */
    static FilterRegistrationBean<ConditionalReads> registered() {
        FilterRegistrationBean<ConditionalReads> registration = new FilterRegistrationBean<>(new ConditionalReads());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || !path.startsWith("/api/") || path.startsWith("/api/admin/")
                || isEventStream(path);
    }

    /**
     * The event streams of {@code LiveController}: the caching wrapper would hold back their first
     * flush (and with it the headers) until the stream ends.
     */
    private static boolean isEventStream(String path) {
        return path.equals("/api/activity/stream") || path.startsWith("/api/strategies/") && path.endsWith("/changes");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        super.doFilterInternal(request, response, chain);
    }
}
