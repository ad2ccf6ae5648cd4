package org.strategylifecycle.command.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.support.web.Problems;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Refuses bodies over {@code strategy.max-body-bytes} (imports: {@code strategy.max-import-bytes}):
 * at once when Content-Length says so, and while reading when a chunked body runs past the limit
 * (the controller advice answers then). Requests with a Content-Length go on unwrapped, which
 * spares every later header lookup a layer.
 */
class RequestSizeFilter extends OncePerRequestFilter {

    private static final String IMPORTS = "/api/imports/";

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
        long maxBytes = request.getRequestURI().startsWith(IMPORTS) ? importMaxBytes : commandMaxBytes;
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            Problems.write(response, json, ErrorCode.PAYLOAD_TOO_LARGE, tooLarge(maxBytes));
            return;
        }
        // Tomcat reads no further than a declared length: only a body of unknown length needs counting.
        chain.doFilter(declared >= 0 ? request : new BoundedRequest(request, maxBytes), response);
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

    private static final class BoundedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;

        BoundedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends CheckedInputStream {

        private final long maxBytes;
        private long count;

        CountingStream(ServletInputStream delegate, long maxBytes) {
            super(delegate);
            this.maxBytes = maxBytes;
        }

        @Override
        protected void check(byte[] buffer, int offset, int length) {
            count += length;
            if (count > maxBytes) {
                throw new PayloadTooLargeException(tooLarge(maxBytes));
            }
        }
    }
}
