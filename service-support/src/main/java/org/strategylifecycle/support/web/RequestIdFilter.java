package org.strategylifecycle.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Gives every request its id before anything else runs (security refusals included): in the MDC, so
 * every log line of the request and any command it sends carries it, and in the response header.
 * Each service registers it first of all its filters ({@link #registeredFirst()}).
 */
public class RequestIdFilter extends OncePerRequestFilter {

    /** This filter, ahead of every other filter, so even a refused login is logged and answered with its id. */
    public static FilterRegistrationBean<RequestIdFilter> registeredFirst() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = RequestId.from(request.getHeader(RequestId.HEADER));
        response.setHeader(RequestId.HEADER, id);
        MDC.put(RequestId.KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(RequestId.KEY);
        }
    }
}
