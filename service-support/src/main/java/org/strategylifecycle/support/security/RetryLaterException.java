package org.strategylifecycle.support.security;

import org.springframework.security.core.AuthenticationException;
import org.strategylifecycle.api.common.ErrorCode;

import java.time.Duration;

/**
 * A login that is neither accepted nor wrong: refused for now (too many failures, or no way to check a
 * token while the issuer is unreachable). {@link ProblemSecurityHandlers} answers it with its code's
 * status and {@code Retry-After}, not 401, so a client does not throw away good credentials.
 */
public class RetryLaterException extends AuthenticationException {

    private final transient ErrorCode code;
    private final Duration retryAfter;

    public RetryLaterException(ErrorCode code, Duration retryAfter, String detail, Throwable cause) {
        super(detail, cause);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public ErrorCode code() {
        return code;
    }

    /** Whole seconds, at least one, as {@code Retry-After} takes them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
