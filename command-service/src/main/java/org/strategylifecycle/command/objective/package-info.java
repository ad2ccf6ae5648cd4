/**
 * Objectives: specific intended results under a goal or mission area. {@code ObjectiveController} takes
 * their commands over HTTP; {@code Objectives}, a member of the {@code StrategyEdition} aggregate,
 * decides them.
 */
package org.strategylifecycle.command.objective;
