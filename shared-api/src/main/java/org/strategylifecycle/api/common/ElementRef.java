package org.strategylifecycle.api.common;

/** An element of a given edition. */
public record ElementRef(String strategyId, String elementId) {
}
