package org.strategylifecycle.query.admin;

/** The outcome of retrying a projection's parked events: sequences tried, those that now applied, those still parked. */
public record RetryView(String name, long tried, long released, long stillParked) {
}
