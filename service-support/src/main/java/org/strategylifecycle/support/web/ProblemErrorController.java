package org.strategylifecycle.support.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.ErrorCode;

/**
 * Where the servlet container forwards an error that no controller answered (a filter's
 * {@code sendError}, an exception thrown before Spring MVC): a problem detail with the code its
 * status means, in place of Spring Boot's whitelabel page or JSON. Asked directly, {@code /error}
 * is no endpoint.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        try (RequestId.Scope ignored = RequestId.inMdc(response.getHeader(RequestId.HEADER))) {
            if (!(status instanceof Integer code)) {
                return Problems.response(ErrorCode.ENDPOINT_NOT_FOUND, "no endpoint " + request.getRequestURI());
            }
            Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            ErrorCode errorCode = Unavailable.of(thrown).orElse(ErrorCodes.forStatus(code));
            if (errorCode == ErrorCode.INTERNAL_ERROR) {
                LOG.error("request {} failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), thrown);
            }
            return Problems.response(errorCode, errorCode.title());
        }
    }
}
