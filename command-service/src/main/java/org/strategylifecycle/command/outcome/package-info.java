/**
 * Outcomes over HTTP: desired outcomes of a goal or objective.
 */
package org.strategylifecycle.command.outcome;
