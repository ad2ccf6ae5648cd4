/**
 * Goals: the broad intended results of an edition, numbered and titled. {@code GoalController} takes
 * their commands over HTTP; {@code Goals}, a member of the {@code StrategyEdition} aggregate, decides them.
 */
package org.strategylifecycle.command.goal;
