package org.strategylifecycle.support.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What both services' controller advice shares: the domain's refusals, Spring MVC's own refusals
 * (404, 405, 406, 415, a missing or malformed parameter) each with its code and the request id, and
 * the failures that are no fault of the client: an unreachable database or event store is a 503 with
 * {@code Retry-After}, anything else a logged 500 without internals.
 */
public abstract class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(StrategyException.class)
    ResponseEntity<ProblemDetail> refused(StrategyException e) {
        return Problems.response(e.code(), e.getMessage());
    }

    /**
     * Tomcat's refusal to decode a parameter (a broken percent-escape, or bytes that are not UTF-8),
     * thrown where a reader first asks for the parameters. The query string's are refused before
     * ({@link RequestTargetFilter}), so what is left is a form body's, sent to an endpoint that takes none.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodable(InvalidParameterException e) {
        return Problems.response(ErrorCode.MALFORMED_REQUEST,
                "a form parameter of the body has a broken percent-escape or bytes that are not UTF-8");
    }

    /**
     * Spring Security's firewall refusing a parameter (a control character in its name or value) or a
     * header when a reader first asks for it, past the filter chain whose own refusals are answered by
     * the security configuration's handler.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        return Problems.response(ErrorCode.MALFORMED_REQUEST, "a parameter or header holds a character that is not allowed");
    }

    /** An unforeseen failure: 503 when a dependency is out of reach (logged without a stack trace), else 500. */
    protected static ResponseEntity<ProblemDetail> failed(Throwable thrown) {
        var unavailable = Unavailable.of(thrown);
        if (unavailable.isPresent()) {
            LOG.warn("Request refused, {}: {}", unavailable.get(), thrown.toString());
            return Problems.response(unavailable.get(), unavailable.get().title());
        }
        LOG.error("Request failed unexpectedly", thrown);
        return Problems.response(ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR.title());
    }

    /** Spring MVC's own refusals, with the code their status (or, for parameters, their kind) means. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            return asObject(failed(e));
        }
        ErrorCode code = ErrorCodes.forStatus(status.value());
        String detail = null;
        String field = null;
        if (e instanceof MissingServletRequestParameterException missing) {
            code = ErrorCode.FIELD_REQUIRED;
            field = missing.getParameterName();
            detail = "parameter " + field + " is required";
        } else if (e instanceof TypeMismatchException mismatch) {
            Class<?> type = mismatch.getRequiredType();
            boolean temporal = type == LocalDate.class || type == Instant.class;
            code = temporal ? ErrorCode.INVALID_DATE : ErrorCode.INVALID_VALUE;
            field = mismatch.getPropertyName();
            detail = "parameter " + field + " is not a valid " + (type == LocalDate.class ? "date (yyyy-MM-dd, years 1 to 9999)"
                    : type == Instant.class ? "instant (e.g. 2024-01-31T12:00:00Z, years 1 to 9999)" : "value");
        } else if (code == ErrorCode.MALFORMED_HTTP) {
            code = ErrorCode.MALFORMED_REQUEST;
        }
        ProblemDetail problem = body instanceof ProblemDetail given ? given : ProblemDetail.forStatus(code.status());
        ProblemDetail coded = Problems.of(code, detail != null ? detail : problem.getDetail() != null ? problem.getDetail() : code.title());
        if (field != null) {
            coded.setProperty("field", field);
        }
        HttpHeaders all = new HttpHeaders();
        all.addAll(headers);
        all.remove(HttpHeaders.CONTENT_TYPE);
        all.addAll(Problems.headers(code));
        return ResponseEntity.status(code.status()).headers(all).body(coded);
    }

    protected static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(response.getBody());
    }
}
