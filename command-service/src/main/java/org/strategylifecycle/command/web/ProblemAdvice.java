package org.strategylifecycle.command.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.strategylifecycle.api.common.CommandRefusal;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.support.web.ProblemResponses;
import org.strategylifecycle.support.web.Problems;
import org.strategylifecycle.support.web.WebEdge;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
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
@Import(WebEdge.class)
class ProblemAdvice extends ProblemResponses {

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
        return failed(thrown);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof RequestSizeFilter.PayloadTooLargeException tooLarge) {
                return asObject(problem(ErrorCode.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), null));
            }
            if (t instanceof Utf8BodyFilter.NotUtf8Exception notUtf8) {
                return asObject(problem(ErrorCode.INVALID_ENCODING, notUtf8.getMessage(), null));
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
        return asObject(problem(ErrorCode.MALFORMED_REQUEST, unreadable(json), null));
    }

    /**
     * What the parser could not read, in its own words and where: "Duplicate Object property "title"
     * at line 1, column 42"; a limit of the parser (StreamReadConstraints, e.g. a number of more than
     * 1,000 digits) named as such, since that JSON is valid.
     */
    private static String unreadable(JacksonException json) {
        if (json instanceof StreamConstraintsException limit) {
            return "the request body goes beyond a limit of the JSON parser: "
                    + limit.getOriginalMessage().replaceAll(", from `[^`]*`", "");
        }
        TokenStreamLocation where = json.getLocation();
        return "the request body is not valid JSON: " + json.getOriginalMessage()
                + (where == null || where.getLineNr() < 1 ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr());
    }

    private static ResponseEntity<ProblemDetail> problem(ErrorCode code, String detail, String field) {
        ResponseEntity<ProblemDetail> response = Problems.response(code, detail);
        if (field != null) {
            response.getBody().setProperty("field", field);
        }
        return response;
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
