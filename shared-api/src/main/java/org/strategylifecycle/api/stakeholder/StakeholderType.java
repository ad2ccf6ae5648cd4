package org.strategylifecycle.api.stakeholder;

/** What a stakeholder is, as StratML's {@code StakeholderTypeType} states it. */
public enum StakeholderType {
    PERSON,
    ORGANIZATION,
    GENERIC_GROUP
}
