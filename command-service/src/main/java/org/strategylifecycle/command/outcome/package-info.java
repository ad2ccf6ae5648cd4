/**
 * Outcomes: desired outcomes of a goal or objective. {@code OutcomeController} takes their commands over
 * HTTP; {@code Outcomes}, a member of the {@code StrategyEdition} aggregate, decides them.
 */
package org.strategylifecycle.command.outcome;
