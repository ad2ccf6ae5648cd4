package org.strategylifecycle.api.common;

/** The answer to an accepted command: the id of the element it concerned and the aggregate's new version. */
public record CommandAccepted(String id, long version) {
}
