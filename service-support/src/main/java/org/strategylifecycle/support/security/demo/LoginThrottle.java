package org.strategylifecycle.support.security.demo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.support.security.RetryLaterException;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts failed logins per client address and per user name. Once either has had its limit of failures
 * within a window (which starts at the first failure), further logins from that client or for that name
 * are refused before any password is checked, until the window ends: guessing costs the service almost
 * nothing and cannot go on for long. A successful login clears its user name's count (not its client's,
 * or one valid account would let a client reset its own limit). The counters are a bounded Caffeine
 * cache, so made-up names and addresses cannot fill the memory.
 */
final class LoginThrottle {

    /** Counters kept for each of clients and user names; the least used are dropped first beyond this. */
    static final int MAX_TRACKED = 10_000;

    /**
     * @param perUser   failures allowed per user name within a window
     * @param perClient failures allowed per client address within a window
     * @param window    how long a run of failures counts
     */
    record Limits(int perUser, int perClient, Duration window) {
    }

    private final Limits limits;
    private final Cache<String, Failures> byClient;
    private final Cache<String, Failures> byUser;

    LoginThrottle(Limits limits) {
        this.limits = limits;
        this.byClient = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterWrite(limits.window()).build();
        this.byUser = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterWrite(limits.window()).build();
    }

    /** Refuses the login if its client or its user name has no failures left in the current window. */
    void check(String client, String user, Instant now) {
        Duration wait = max(blockedFor(byClient.getIfPresent(client), limits.perClient(), now),
                blockedFor(byUser.getIfPresent(user), limits.perUser(), now));
        if (!wait.isZero()) {
            throw new RetryLaterException(ErrorCode.TOO_MANY_LOGIN_ATTEMPTS, wait,
                    "too many failed logins from this client or for this user name; retry later", null);
        }
    }

    void failed(String client, String user, Instant now) {
        byClient.asMap().compute(client, (key, failures) -> Failures.after(failures, now, limits.window()));
        byUser.asMap().compute(user, (key, failures) -> Failures.after(failures, now, limits.window()));
    }

    void succeeded(String user) {
        byUser.invalidate(user);
    }

    private Duration blockedFor(Failures failures, int limit, Instant now) {
        if (failures == null || failures.count() < limit) {
            return Duration.ZERO;
        }
        Instant end = failures.since().plus(limits.window());
        return end.isAfter(now) ? Duration.between(now, end) : Duration.ZERO;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The failures of one client or name in the window starting at {@code since}. */
    private record Failures(Instant since, int count) {

        static Failures after(Failures previous, Instant now, Duration window) {
            return previous == null || !previous.since().plus(window).isAfter(now) ? new Failures(now, 1)
                    : new Failures(previous.since(), previous.count() + 1);
        }
    }
}
