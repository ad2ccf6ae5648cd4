package org.strategylifecycle.support.web;

import jakarta.servlet.http.HttpServletRequest;
import org.strategylifecycle.api.common.ErrorCode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a path or query parameter holding a control character (U+0000 above all, which PostgreSQL
 * cannot take in a query and answers with an error), a broken percent-escape, or escapes whose bytes
 * are not UTF-8 ({@code %FF}, the overlong {@code %C0%AE}: Tomcat would refuse to decode them only
 * when a reader first asks for the parameters, as an exception every endpoint would have to know),
 * before any reader sees it: no id, name or filter of the service holds one, so the request can only
 * be a mistake.
 */
public class RequestTargetFilter extends RefusingFilter {

    public RequestTargetFilter(JsonMapper json) {
        super(json);
    }

    @Override
    protected Refusal refusal(HttpServletRequest request) {
        Refusal refusal = refusal("path", request.getRequestURI());
        if (refusal == null && request.getQueryString() != null) {
            refusal = refusal("query string", request.getQueryString());
        }
        return refusal;
    }

    private static Refusal refusal(String part, String encoded) {
        String decoded;
        try {
            // Each escape to the byte it names (ISO-8859-1 maps bytes to chars one to one), then those
            // bytes as UTF-8 by a decoder that reports malformed input instead of replacing it.
            byte[] bytes = URLDecoder.decode(encoded, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
            decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException e) {
            return new Refusal(ErrorCode.MALFORMED_HTTP, "the " + part + " has a broken percent-escape");
        } catch (CharacterCodingException e) {
            return new Refusal(ErrorCode.MALFORMED_HTTP, "the " + part + " has percent-escapes whose bytes are not UTF-8");
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (Character.isISOControl(c)) {
                return new Refusal(ErrorCode.INVALID_CHARACTER,
                        "the " + part + " holds the control character U+" + String.format("%04X", (int) c));
            }
        }
        return null;
    }
}
