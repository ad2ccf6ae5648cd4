package org.strategylifecycle.support.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.support.web.Problems;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Answers 401 and 403 as problem details, like every other refusal, and a login refused for now
 * ({@link RetryLaterException}: 429 or 503) with {@code Retry-After} instead of a challenge.
 */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;
    private final AuthenticationEntryPoint challenge;

    /** @param challenge sets the {@code WWW-Authenticate} header that tells a client how to log in */
    public ProblemSecurityHandlers(JsonMapper json, AuthenticationEntryPoint challenge) {
        this.json = json;
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (e instanceof RetryLaterException later) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(later.retryAfterSeconds()));
            Problems.write(response, json, later.code(), later.getMessage());
            return;
        }
        challenge.commence(request, response, e);
        Problems.write(response, json, ErrorCode.UNAUTHENTICATED, detail(e));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Problems.write(response, json, ErrorCode.FORBIDDEN, "your role may not do this");
    }

    /** Why a bearer token was refused (its expiry, audience, ...) helps its sender and tells an attacker nothing new. */
    private static String detail(AuthenticationException e) {
        if (e instanceof OAuth2AuthenticationException refused && refused.getError().getDescription() != null) {
            return "the bearer token is not accepted: " + refused.getError().getDescription();
        }
        return "credentials are missing or wrong";
    }
}
