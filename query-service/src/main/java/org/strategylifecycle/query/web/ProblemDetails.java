package org.strategylifecycle.query.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.support.web.Problems;

import java.time.Instant;
import java.time.LocalDate;

/** Every failure of a query as an RFC 9457 problem detail with the error code as property {@code code}. */
@RestControllerAdvice
class ProblemDetails {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetails.class);

    @ExceptionHandler(StrategyException.class)
    ProblemDetail refused(StrategyException e) {
        return Problems.of(e.code(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        boolean temporal = type == LocalDate.class || type == Instant.class;
        ProblemDetail problem = Problems.of(temporal ? ErrorCode.INVALID_DATE : ErrorCode.INVALID_VALUE,
                "parameter " + e.getName() + " is not a valid " + (type == LocalDate.class ? "date (yyyy-MM-dd)"
                        : type == Instant.class ? "instant (e.g. 2024-01-31T12:00:00Z)" : "value"));
        problem.setProperty("field", e.getName());
        return problem;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return Problems.of(ErrorCode.FIELD_REQUIRED, "parameter " + e.getParameterName() + " is required");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noEndpoint(NoResourceFoundException e) {
        return Problems.of(ErrorCode.ENDPOINT_NOT_FOUND, "no endpoint " + e.getResourcePath());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail wrongMethod(HttpRequestMethodNotSupportedException e) {
        return Problems.of(ErrorCode.METHOD_NOT_ALLOWED, "this endpoint does not take " + e.getMethod());
    }

    /** An {@code Accept} the endpoint cannot answer (JSON of a live stream, a stream of a JSON read). */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        // 406 has no code of its own, as on the command side: a media type the endpoint does not speak.
        ProblemDetail problem = Problems.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "this endpoint answers " + e.getSupportedMediaTypes());
        problem.setStatus(HttpStatus.NOT_ACCEPTABLE.value());
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail failed(Exception e) {
        LOG.error("query failed", e);
        return Problems.of(ErrorCode.INTERNAL_ERROR, "the query failed; see the service log");
    }
}
