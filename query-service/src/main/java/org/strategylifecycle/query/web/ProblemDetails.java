package org.strategylifecycle.query.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.query.observability.RequestId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Every failure of a query as an RFC 9457 problem detail with the error code as property {@code code}
 * and the request's {@code requestId}.
 */
@RestControllerAdvice
class ProblemDetails {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetails.class);

    @ExceptionHandler(StrategyException.class)
    ProblemDetail refused(StrategyException e) {
        return problem(e.code(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        boolean temporal = type == LocalDate.class || type == Instant.class;
        ProblemDetail problem = problem(temporal ? ErrorCode.INVALID_DATE : ErrorCode.INVALID_VALUE,
                "parameter " + e.getName() + " is not a valid " + (type == LocalDate.class ? "date (yyyy-MM-dd)"
                        : type == Instant.class ? "instant (e.g. 2024-01-31T12:00:00Z)" : "value"));
        problem.setProperty("field", e.getName());
        return problem;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return problem(ErrorCode.FIELD_REQUIRED, "parameter " + e.getParameterName() + " is required");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noEndpoint(NoResourceFoundException e) {
        return problem(ErrorCode.ENDPOINT_NOT_FOUND, "no endpoint " + e.getResourcePath());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail wrongMethod(HttpRequestMethodNotSupportedException e) {
        return problem(ErrorCode.METHOD_NOT_ALLOWED, "this endpoint does not take " + e.getMethod());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail failed(Exception e) {
        LOG.error("query failed", e);
        return problem(ErrorCode.INTERNAL_ERROR, "the query failed; see the service log");
    }

    static ProblemDetail problem(ErrorCode code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(code.status()), detail);
        problem.setTitle(code.title());
        problem.setProperty("code", code.name());
        String requestId = MDC.get(RequestId.KEY);
        if (requestId != null) {
            problem.setProperty(RequestId.KEY, requestId);
        }
        return problem;
    }
}
