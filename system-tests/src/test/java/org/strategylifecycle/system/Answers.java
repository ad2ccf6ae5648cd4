package org.strategylifecycle.system;

import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyJson;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A tally of answers by status and code, and the answers that break the promise: a 5xx other than a
 * 503 with a code and Retry-After, a refusal that is not a problem detail with a code of
 * {@link ErrorCode} and a request id, or an answer labelled as a problem detail.
 */
final class Answers {

    private static final Set<String> CODES = Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toSet());

    private final Map<String, AtomicLong> tally = new ConcurrentHashMap<>();
    private final List<String> broken = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong unanswered = new AtomicLong();

    /** Counts one answer; a 503 is kept apart in the tally (a scenario says whether one may occur). */
    void count(String what, int status, String contentType, String retryAfter, String body) {
        String code = null;
        String problem = null;
        if (status >= 300 && status != 304) {
            code = codeOf(body);
            if (contentType == null || !contentType.startsWith("application/problem+json")) {
                problem = "not a problem detail (" + contentType + ")";
            } else if (code == null || !CODES.contains(code)) {
                problem = "no known code";
            } else if (!hasRequestId(body)) {
                problem = "no requestId";
            } else if (status == 503 && retryAfter == null) {
                problem = "503 without Retry-After";
            }
        } else if (contentType != null && contentType.startsWith("application/problem+json")) {
            problem = "an answer labelled as a problem";
        }
        if (status >= 500 && status != 503) {
            problem = "server error";
        }
        tally.computeIfAbsent(status + (code == null ? "" : " " + code), k -> new AtomicLong()).incrementAndGet();
        if (problem != null) {
            broken.add(problem + ": " + what + " -> " + status + " " + abbreviated(body));
        }
    }

    /** A request that got no answer (the connection was refused or cut: the process was down). */
    void unanswered() {
        unanswered.incrementAndGet();
    }

    long total() {
        return tally.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long count(int status) {
        return tally.entrySet().stream().filter(e -> e.getKey().startsWith(status + ""))
                .mapToLong(e -> e.getValue().get()).sum();
    }

    long serverErrors() {
        return tally.entrySet().stream().filter(e -> e.getKey().startsWith("5")).mapToLong(e -> e.getValue().get()).sum();
    }

    long unansweredCount() {
        return unanswered.get();
    }

    List<String> broken() {
        synchronized (broken) {
            return List.copyOf(broken);
        }
    }

    /** Status and code counts, most frequent first. */
    @Override
    public String toString() {
        Map<String, Long> sorted = new TreeMap<>();
        tally.forEach((k, v) -> sorted.put(k, v.get()));
        return sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String codeOf(String body) {
        try {
            JsonNode code = StrategyJson.mapper().readTree(body).get("code");
            return code == null ? null : code.asString();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static boolean hasRequestId(String body) {
        try {
            JsonNode id = StrategyJson.mapper().readTree(body).get("requestId");
            return id != null && !id.asString().isBlank();
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
