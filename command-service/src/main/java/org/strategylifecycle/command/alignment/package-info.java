/**
 * Alignments: an element supports an element of this or another edition, or an external reference.
 * {@code AlignmentController} takes them over HTTP; {@code AlignmentHandler} reads the target's edition
 * when it is another one, and {@code Alignments}, a member of the {@code StrategyEdition} aggregate,
 * decides them and their removal.
 */
package org.strategylifecycle.command.alignment;
