package org.strategylifecycle.api.common;

/** Lifecycle of an edition: DRAFT, then ADOPTED, then SUPERSEDED or RETIRED (both frozen). */
public enum StrategyStatus {
    DRAFT,
    ADOPTED,
    SUPERSEDED,
    RETIRED
}
