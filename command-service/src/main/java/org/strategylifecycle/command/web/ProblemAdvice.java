package org.strategylifecycle.command.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.strategylifecycle.api.common.CommandRefusal;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.support.web.Problems;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Every refusal as problem details with the error code: the domain's own, Axon's (also when the
 * code travelled in a {@link CommandExecutionException}'s details), unreadable bodies, and Spring
 * MVC's. Anything unforeseen is logged and answered as INTERNAL_ERROR without internals.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(StrategyException.class)
    ResponseEntity<ProblemDetail> refused(StrategyException e) {
        return problem(e.code(), e.getMessage(), null);
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> refused(CommandExecutionException e) {
        return fromCause(e);
    }

    /** Axon's own failures, a body that grew too large while read, and anything unforeseen. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        return fromCause(e);
    }

    /** Classifies by the first exception in the chain that says what went wrong ({@link Refusals}). */
    private ResponseEntity<ProblemDetail> fromCause(Throwable thrown) {
        Optional<CommandRefusal> refusal = Refusals.of(thrown);
        Optional<ErrorCode> code = refusal.flatMap(CommandRefusal::errorCode);
        if (code.isPresent()) {
            return problem(code.get(), refusal.get().detail(), null);
        }
        log.error("Request failed unexpectedly", thrown);
        return problem(ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR.title(), null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof RequestSizeFilter.PayloadTooLargeException tooLarge) {
                return asObject(problem(ErrorCode.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), null));
            }
        }
        if (!(e.getCause() instanceof JacksonException json)) {
            return asObject(problem(ErrorCode.MALFORMED_REQUEST, "the request body is missing or not JSON", null));
        }
        String field = json.getPath().isEmpty() ? null : path(json);
        if (json instanceof PropertyBindingException unknown) {
            return asObject(problem(ErrorCode.UNKNOWN_FIELD,
                    "the request has no field " + unknown.getPropertyName(), field));
        }
        if (json instanceof MismatchedInputException mismatch && mismatch.getTargetType() == LocalDate.class) {
            return asObject(problem(ErrorCode.INVALID_DATE, field + " must be a real date as yyyy-MM-dd", field));
        }
        if (json instanceof MismatchedInputException || json instanceof InputCoercionException) {
            return asObject(problem(ErrorCode.INVALID_VALUE,
                    (field == null ? "a value" : field) + " has the wrong type or form", field));
        }
        return asObject(problem(ErrorCode.MALFORMED_REQUEST, "the request body is not valid JSON", null));
    }

    /** Spring MVC's own refusals (404, 405, 415, missing parameters, ...) with the matching code. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ErrorCode code = switch (status.value()) {
            case 404 -> ErrorCode.ENDPOINT_NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            // 406 has no code of its own: both are a media type the endpoint does not speak.
            case 406, 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> status.is5xxServerError() ? ErrorCode.INTERNAL_ERROR : ErrorCode.MALFORMED_REQUEST;
        };
        if (status.is5xxServerError()) {
            log.error("Request failed in Spring MVC", e);
        }
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail : ProblemDetail.forStatus(status);
        problem.setProperty("code", code.name());
        if (status.is5xxServerError()) {
            problem.setDetail(ErrorCode.INTERNAL_ERROR.title());
        }
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ErrorCode code, String detail, String field) {
        ProblemDetail problem = Problems.of(code, detail);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.status(code.status()).body(problem);
    }

    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
        return ResponseEntity.status(response.getStatusCode()).body(response.getBody());
    }

    /** The JSON path of the offending value, e.g. {@code period.fromYear} or {@code items[2]}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
