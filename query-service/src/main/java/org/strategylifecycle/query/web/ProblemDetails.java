package org.strategylifecycle.query.web;

import org.springframework.context.annotation.Import;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.strategylifecycle.support.web.ProblemResponses;
import org.strategylifecycle.support.web.WebEdge;

/**
 * Every failure of a query as an RFC 9457 problem detail with the error code as property
 * {@code code}: the shared mapping ({@link ProblemResponses}), and the shared HTTP edge.
 */
@RestControllerAdvice
@Import(WebEdge.class)
class ProblemDetails extends ProblemResponses {

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failed(Exception e) {
        return ProblemResponses.failed(e);
    }
}
