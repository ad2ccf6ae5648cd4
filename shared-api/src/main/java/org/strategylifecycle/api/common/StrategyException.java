package org.strategylifecycle.api.common;

/**
 * The one exception family of the domain: a refused command with its error code. Thrown before any
 * event is applied, so a refusal records nothing.
 */
public class StrategyException extends RuntimeException {

    private final ErrorCode code;

    public StrategyException(ErrorCode code, String detail) {
        super(detail);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
