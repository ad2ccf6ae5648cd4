package org.strategylifecycle.support.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.support.web.Problems;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/** Answers 401 and 403 as problem details, like every other refusal. */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;
    private final String challenge;

    /** @param challenge the {@code WWW-Authenticate} value that tells a client how to log in */
    ProblemSecurityHandlers(JsonMapper json, String challenge) {
        this.json = json;
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        Problems.write(response, json, ErrorCode.UNAUTHENTICATED, "credentials are missing or wrong");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Problems.write(response, json, ErrorCode.FORBIDDEN, "your role may not do this");
    }
}
