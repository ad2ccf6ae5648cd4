package org.strategylifecycle.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strategylifecycle.api.common.ErrorCode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/** A filter that refuses a request before anything reads it, as a problem detail, or passes it on. */
public abstract class RefusingFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    protected RefusingFilter(JsonMapper json) {
        this.json = json;
    }

    /** Why the request is refused, null if it is not. */
    protected abstract Refusal refusal(HttpServletRequest request);

    @Override
    protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Refusal refusal = refusal(request);
        if (refusal != null) {
            Problems.write(response, json, refusal.code(), refusal.detail());
            return;
        }
        chain.doFilter(request, response);
    }

    protected record Refusal(ErrorCode code, String detail) {
    }
}
