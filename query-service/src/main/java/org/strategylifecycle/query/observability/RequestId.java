package org.strategylifecycle.query.observability;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id: the client's {@code X-Request-Id} when it is a plain token, else a fresh UUID;
 * for an event, the id of the request whose command recorded it (command-service puts it into the
 * event's metadata). The same name in MDC, metadata and problem details, as in command-service.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:\\-]{1,100}");

    private RequestId() {
    }

    static String from(String header) {
        return header != null && ACCEPTED.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }
}
