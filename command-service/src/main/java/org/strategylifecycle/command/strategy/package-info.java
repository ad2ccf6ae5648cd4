/**
 * An edition of a strategic plan and its lifecycle over HTTP: drafted, adopted, superseded or retired.
 * The edition decides its own lifecycle: the {@code StrategyEdition} aggregate root
 * ({@code org.strategylifecycle.command.edition}), and, where its line takes part (a draft, a
 * supersession), {@code EditionLifecycleHandler} ({@code org.strategylifecycle.command.line}).
 */
package org.strategylifecycle.command.strategy;
