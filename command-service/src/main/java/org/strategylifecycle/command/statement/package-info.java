/**
 * Labelled statements of an edition: vision, mission, core values, themes and the like.
 * {@code StatementController} takes their commands over HTTP; {@code Statements}, a member of the
 * {@code StrategyEdition} aggregate, decides them.
 */
package org.strategylifecycle.command.statement;
