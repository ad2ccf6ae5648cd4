/**
 * Import of a StratML plan (Part 1 or Part 2) as a draft edition: the document read into an
 * {@code ImportPlan} command, whose handler decides each element as its own command would, in the
 * one unit of work Axon opens for it: all of it, or nothing (docs/adr/0005, docs/adr/0022).
 */
package org.strategylifecycle.command.imports;
