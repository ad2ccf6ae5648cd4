package org.strategylifecycle.api.common;

/** The kinds of element an edition holds. */
public enum ElementType {
    STATEMENT,
    GOAL,
    MISSION_AREA,
    OBJECTIVE,
    INITIATIVE,
    OUTCOME,
    MEASURE
}
