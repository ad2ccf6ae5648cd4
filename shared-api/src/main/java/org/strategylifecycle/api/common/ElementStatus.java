package org.strategylifecycle.api.common;

/** Lifecycle of an element: PROPOSED while its edition is a draft, ADOPTED, then RETIRED (initiatives also COMPLETED). */
public enum ElementStatus {
    PROPOSED,
    ADOPTED,
    COMPLETED,
    RETIRED
}
