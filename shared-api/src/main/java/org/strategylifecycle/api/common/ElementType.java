package org.strategylifecycle.api.common;

/** The kinds of element an edition holds. */
public enum ElementType {
    STATEMENT,
    GOAL,
    MISSION_AREA,
    OBJECTIVE,
    INITIATIVE,
    OUTCOME,
    MEASURE,
    /** A person, organization or group with roles in the plan, a goal or an objective. */
    STAKEHOLDER
}
