package org.strategylifecycle.api.common;

/** Whether a change alters the plan from its effective date on, or fixes what was recorded. */
public enum ChangeKind {
    REVISION,
    CORRECTION
}
