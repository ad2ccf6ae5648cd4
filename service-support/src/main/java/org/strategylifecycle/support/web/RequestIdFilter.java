package org.strategylifecycle.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Gives every request its id before anything else runs (security refusals included): in the MDC, so
 * every log line of the request and any command it sends carries it, and in the response header.
 * {@link WebEdge} registers it first of all filters.
 */
public class RequestIdFilter extends OncePerRequestFilter {

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
