package org.strategylifecycle.support.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyJson;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's own refusals as problem details instead of its HTML page: requests it turns away before
 * any servlet runs (a control character in a header, an encoded {@code /}, {@code \} or NUL in the
 * path, a request line or header over the size limit). Installed on the host in place of Tomcat's
 * {@link ErrorReportValve} ({@link WebEdge}); the guards are that valve's: only an error response
 * with nothing written yet, and only while the connection can still take it.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        if (status == 505 || status == 501) {
            // An HTTP version Tomcat does not speak, or what it does not implement (CONNECT, a transfer
            // coding other than chunked), is the client's request line or header, not a server failure.
            status = 400;
            response.setStatus(status);
        }
        ErrorCode code = ErrorCodes.forStatus(status);
        String requestId = response.getHeader(RequestId.HEADER);
        if (requestId == null) {
            requestId = RequestId.from(header(request));
            response.setHeader(RequestId.HEADER, requestId);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", code.title());
        problem.put("status", status);
        problem.put("detail", code.title());
        problem.put("code", code.name());
        problem.put(RequestId.KEY, requestId);
        try {
            Problems.headers(code).forEach((name, values) -> values.forEach(value -> response.setHeader(name, value)));
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(StrategyJson.mapper().writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot take a body: nothing more to say
        }
    }

    /** The client's X-Request-Id, if the request's headers could be read at all. */
    private static String header(Request request) {
        try {
            return request.getHeader(RequestId.HEADER);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
