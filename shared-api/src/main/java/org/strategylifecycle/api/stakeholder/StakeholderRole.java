package org.strategylifecycle.api.stakeholder;

import java.util.List;

/** A role a stakeholder has: its name as printed, what it means, and whether it performs, benefits or both. */
public record StakeholderRole(String name, String description, List<RoleType> roleTypes) {
}
