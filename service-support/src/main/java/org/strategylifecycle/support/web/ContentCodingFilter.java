package org.strategylifecycle.support.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.strategylifecycle.api.common.ErrorCode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Collections;

/**
 * Refuses a body sent with a content coding ({@code Content-Encoding: gzip}, {@code br}, ...): neither
 * service decodes one, so reading such a body as it came would take compressed bytes for JSON or XML
 * (refused then as text that is not UTF-8, which misleads) or, worse, take a plain body whose header
 * lies. RFC 9110 (section 15.5.16) answers 415 with {@code Accept-Encoding} naming what would be
 * taken: {@code identity}, the body as it is.
 */
public class ContentCodingFilter extends RefusingFilter {

    public ContentCodingFilter(JsonMapper json) {
        super(json);
    }

    @Override
    protected Refusal refusal(HttpServletRequest request) {
        String coding = hasBody(request) ? coding(request) : null;
        return coding == null ? null : new Refusal(ErrorCode.UNSUPPORTED_CONTENT_ENCODING,
                "the body is sent with the content coding " + coding + "; send it uncompressed");
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
