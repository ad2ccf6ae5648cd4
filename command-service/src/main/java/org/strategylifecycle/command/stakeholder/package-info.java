/**
 * Stakeholders: the persons, organizations and groups with roles in an edition's plan, its goals and
 * its objectives. {@code StakeholderController} takes their commands over HTTP; {@code Stakeholders},
 * a member of the {@code StrategyEdition} aggregate, decides them.
 */
package org.strategylifecycle.command.stakeholder;
