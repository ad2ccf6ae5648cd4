package org.strategylifecycle.command.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.support.web.Problems;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * JSON bodies are UTF-8 (RFC 8259) and nothing else, so no text reaches the record decoded by a
 * guess: a body that declares another charset is refused at once, and one whose bytes are not
 * well-formed UTF-8, or hold a NUL byte (UTF-16 or UTF-32, which the JSON parser would otherwise
 * detect and accept), is refused while it is read (the controller advice answers then). XML imports
 * are left to the XML parser, which decodes what their prolog declares.
 */
class Utf8BodyFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    Utf8BodyFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().contains("json")) {
            chain.doFilter(request, response);
            return;
        }
        // The header itself: the request's character encoding is forced to UTF-8 by Spring Boot's
        // encoding filter, while the JSON converter decodes by the header's charset.
        String charset = charset(type);
        if (charset != null && !charset.equalsIgnoreCase("UTF-8") && !charset.equalsIgnoreCase("UTF8")) {
            Problems.write(response, json, ErrorCode.INVALID_ENCODING,
                    "JSON bodies are UTF-8; this one declares charset " + charset);
            return;
        }
        chain.doFilter(new Utf8Request(request), response);
    }

    /** The charset parameter of a Content-Type, null if none; one Spring cannot parse is Spring's to refuse. */
    private static String charset(String contentType) {
        try {
            String charset = MediaType.parseMediaType(contentType).getParameter("charset");
            return charset == null ? null : charset.replace("\"", "");
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    /** Thrown while reading a body that is not UTF-8. */
    static final class NotUtf8Exception extends RuntimeException {
        NotUtf8Exception(long offset) {
            super("the request body is not UTF-8 (at byte " + offset + ")");
        }
    }

    private static final class Utf8Request extends HttpServletRequestWrapper {

        private ServletInputStream stream;

        Utf8Request(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Utf8Stream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }

    /**
     * Checks the bytes as they pass: each multi-byte sequence's lead byte fixes how many continuation
     * bytes follow and the range the first of them may take, which excludes overlong forms, UTF-16
     * surrogates and code points above U+10FFFF (the table of RFC 3629, section 4).
     */
    private static final class Utf8Stream extends CheckedInputStream {

        private long offset;
        private int pending;
        private int low = 0x80;
        private int high = 0xBF;

        Utf8Stream(ServletInputStream delegate) {
            super(delegate);
        }

        @Override
        protected void check(byte[] buffer, int start, int length) {
            for (int i = start; i < start + length; i++) {
                check(buffer[i] & 0xFF);
            }
        }

        private void check(int b) {
            if (pending > 0) {
                if (b < low || b > high) {
                    throw new NotUtf8Exception(offset);
                }
                pending--;
                low = 0x80;
                high = 0xBF;
            } else if (b == 0) {
                throw new NotUtf8Exception(offset);
            } else if (b >= 0x80) {
                if (b >= 0xC2 && b <= 0xDF) {
                    pending = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    pending = 2;
                    low = b == 0xE0 ? 0xA0 : 0x80;
                    high = b == 0xED ? 0x9F : 0xBF;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    pending = 3;
                    low = b == 0xF0 ? 0x90 : 0x80;
                    high = b == 0xF4 ? 0x8F : 0xBF;
                } else {
                    throw new NotUtf8Exception(offset);
                }
            }
            offset++;
        }

        @Override
        protected void ended() {
            if (pending > 0) {
                throw new NotUtf8Exception(offset);
            }
        }
    }
}
