package org.strategylifecycle.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strategylifecycle.api.common.ErrorCode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Collections;

/**
 * Refuses a body sent with a content coding ({@code Content-Encoding: gzip}, {@code br}, ...): neither
 * service decodes one, so reading such a body as it came would take compressed bytes for JSON or XML
 * (refused then as text that is not UTF-8, which misleads) or, worse, take a plain body whose header
 * lies. RFC 9110 (section 15.5.16) answers 415 with {@code Accept-Encoding} naming what would be
 * taken: {@code identity}, the body as it is.
 */
public class ContentCodingFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    public ContentCodingFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String coding = hasBody(request) ? coding(request) : null;
        if (coding != null) {
            Problems.write(response, json, ErrorCode.UNSUPPORTED_CONTENT_ENCODING,
                    "the body is sent with the content coding " + coding + "; send it uncompressed");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /** The first coding other than identity that the request's Content-Encoding fields name, null if none. */
    private static String coding(HttpServletRequest request) {
        for (String field : Collections.list(request.getHeaders(HttpHeaders.CONTENT_ENCODING))) {
            for (String coding : field.split(",")) {
                String name = coding.strip();
                if (!name.isEmpty() && !name.equalsIgnoreCase("identity")) {
                    return name;
                }
            }
        }
        return null;
    }
}
