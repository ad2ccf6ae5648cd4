package org.strategylifecycle.support.web;

import org.slf4j.MDC;

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

    /** A stretch of code with a request id in the MDC; closing it puts back what was there before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Puts {@code id} (a message's {@code requestId} metadata, or null for none) into the MDC until the
     * returned scope is closed, which restores the id the thread had before (its own request's, or none):
     * so the log lines about a command or an event name the request that sent it.
     */
    public static Scope inMdc(Object id) {
        String outer = MDC.get(KEY);
        if (id != null) {
            MDC.put(KEY, id.toString());
        }
        return () -> {
            if (outer == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, outer);
            }
        };
    }

    static String from(String header) {
        return header != null && ACCEPTED.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }
}
