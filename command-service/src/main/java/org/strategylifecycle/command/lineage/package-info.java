/**
 * Lineage: an element of a newer edition derives from, replaces or continues one of an older edition.
 * {@code LineageController} takes the links over HTTP; {@code LineageHandler} reads the predecessor's
 * edition, and {@code Lineages}, a member of the {@code StrategyEdition} aggregate, decides them.
 */
package org.strategylifecycle.command.lineage;
