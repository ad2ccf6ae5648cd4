package org.strategylifecycle.query.admin;

/** The answer to a rebuild or release: what was done, and where to watch its progress. */
public record RebuildView(String name, String status, String message) {
}
