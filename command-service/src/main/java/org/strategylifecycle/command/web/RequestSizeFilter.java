package org.strategylifecycle.command.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.support.web.Problems;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Refuses bodies over {@code strategy.max-body-bytes} (imports: {@code strategy.max-import-bytes}):
 * at once when Content-Length says so, and while reading when a chunked body runs past the limit
 * (the controller advice answers then). Neither Tomcat nor Spring limits a body that is not a form
 * or multipart; Spring's content-caching wrapper calls back when a body outgrows its limit, which is
 * all a chunked body needs. Tomcat reads no further than a declared length, so such a request goes
 * on unwrapped.
 */
class RequestSizeFilter extends OncePerRequestFilter {

    private final long commandMaxBytes;
    private final long importMaxBytes;
    private final JsonMapper json;

    RequestSizeFilter(long commandMaxBytes, long importMaxBytes, JsonMapper json) {
        this.commandMaxBytes = commandMaxBytes;
        this.importMaxBytes = importMaxBytes;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = request.getRequestURI().startsWith("/api/imports/") ? importMaxBytes : commandMaxBytes;
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            Problems.write(response, json, ErrorCode.PAYLOAD_TOO_LARGE, tooLarge(maxBytes));
            return;
        }
        chain.doFilter(declared >= 0 ? request : new ContentCachingRequestWrapper(request, Math.toIntExact(maxBytes)) {
            @Override
            protected void handleContentOverflow(int limit) {
                throw new PayloadTooLargeException(tooLarge(limit));
            }
        }, response);
    }

    private static String tooLarge(long maxBytes) {
        return "the request body is larger than " + maxBytes + " bytes";
    }

    /** Thrown while reading a body that exceeds the limit. */
    static final class PayloadTooLargeException extends RuntimeException {
        PayloadTooLargeException(String message) {
            super(message);
        }
    }
}
