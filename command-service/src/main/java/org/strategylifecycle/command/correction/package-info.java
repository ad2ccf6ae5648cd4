/**
 * Corrections: fixing a recording mistake in an element, retroactively, even in a frozen edition.
 * {@code CorrectionController} takes them over HTTP; {@code Corrections}, a member of the
 * {@code StrategyEdition} aggregate, decides them.
 */
package org.strategylifecycle.command.correction;
