package org.strategylifecycle.api.stakeholder;

/** Whether a role performs the actions a result needs, benefits from it, or both (StratML's {@code RoleType}). */
public enum RoleType {
    PERFORMER,
    BENEFICIARY
}
