package org.strategylifecycle.support.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.strategylifecycle.api.common.ErrorCode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Problem details (RFC 9457) with the error code as the {@code code} property and the request's
 * {@code requestId} (the X-Request-Id the client sent or was given), in one shape everywhere. Every
 * 503 says when to try again ({@code Retry-After}).
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(ErrorCode code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(code.status());
        problem.setTitle(code.title());
        problem.setDetail(detail);
        problem.setProperty("code", code.name());
        String requestId = MDC.get(RequestId.KEY);
        if (requestId != null) {
            problem.setProperty(RequestId.KEY, requestId);
        }
        return problem;
    }

    /** The problem as a response, with {@code Retry-After} when the code is a 503. */
    public static ResponseEntity<ProblemDetail> response(ErrorCode code, String detail) {
        return ResponseEntity.status(code.status()).headers(headers(code)).body(of(code, detail));
    }

    /**
     * The problem's headers: its media type, set rather than negotiated, so that a client whose
     * {@code Accept} allows no JSON (or cannot be parsed) still gets the problem; and {@code Retry-After}
     * in seconds for a 503 (the read model catches up, and the services reconnect to an Axon Server that
     * is back, within a second; a dependency out of reach takes longer); {@code Accept-Encoding} for a
     * body in a content coding, naming the one taken (RFC 9110, section 12.5.3).
     */
    public static HttpHeaders headers(ErrorCode code) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (code.status() == 503) {
            boolean soon = code == ErrorCode.READ_MODEL_BEHIND || code == ErrorCode.COMMAND_HANDLER_UNAVAILABLE;
            headers.set(HttpHeaders.RETRY_AFTER, soon ? "1" : "5");
        }
        if (code == ErrorCode.UNSUPPORTED_CONTENT_ENCODING) {
            headers.set(HttpHeaders.ACCEPT_ENCODING, "identity");
        }
        return headers;
    }

    /**
     * Writes a problem where no controller advice reaches: servlet filters and Spring Security's
     * handlers. A {@code Retry-After} the caller set already (it knows better, e.g. when an issuer's
     * keys may be fetched again) is kept.
     */
    public static void write(HttpServletResponse response, JsonMapper json, ErrorCode code, String detail) throws IOException {
        response.setStatus(code.status());
        headers(code).forEach((name, values) -> {
            if (!(name.equals(HttpHeaders.RETRY_AFTER) && response.containsHeader(name))) {
                values.forEach(value -> response.setHeader(name, value));
            }
        });
        json.writeValue(response.getOutputStream(), of(code, detail));
    }
}
