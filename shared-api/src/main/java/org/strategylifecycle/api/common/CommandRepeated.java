package org.strategylifecycle.api.common;

/**
 * The answer to a command that repeats a request already recorded under the same Idempotency-Key:
 * nothing was recorded again; {@code version} is the aggregate's version after the first request.
 */
public record CommandRepeated(long version) {
}
