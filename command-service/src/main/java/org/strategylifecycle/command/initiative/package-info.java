/**
 * Initiatives: concrete undertakings under an objective, launched, completed or retired.
 * {@code InitiativeController} takes their commands over HTTP; {@code Initiatives}, a member of the
 * {@code StrategyEdition} aggregate, decides them.
 */
package org.strategylifecycle.command.initiative;
