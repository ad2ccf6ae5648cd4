/**
 * Measures: performance measures with targets and actuals per period. {@code MeasureController} takes
 * their commands over HTTP; {@code Measures}, a member of the {@code StrategyEdition} aggregate, decides them.
 */
package org.strategylifecycle.command.measure;
