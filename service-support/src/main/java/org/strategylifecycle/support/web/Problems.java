package org.strategylifecycle.support.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.strategylifecycle.api.common.ErrorCode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Problem details (RFC 9457) with the error code as the {@code code} property and the request's
 * {@code requestId} (the X-Request-Id the client sent or was given), in one shape everywhere.
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

    /** Writes a problem where no controller advice reaches: servlet filters and Spring Security's handlers. */
    public static void write(HttpServletResponse response, JsonMapper json, ErrorCode code, String detail) throws IOException {
        response.setStatus(code.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), of(code, detail));
    }
}
