package org.strategylifecycle.support.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of a request: the client's {@code X-Request-Id} when it is a plain token, else a
 * fresh UUID. One name everywhere: the MDC key of the logs, the command's and the events' metadata
 * key, and a property of problem details (docs/operations.md).
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String KEY = "requestId";
    /** Plain tokens only: the id is written into logs and headers, so no spaces or control characters. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:\\-]{1,100}");

    private RequestId() {
    }

    static String from(String header) {
        return header != null && ACCEPTED.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }
}
