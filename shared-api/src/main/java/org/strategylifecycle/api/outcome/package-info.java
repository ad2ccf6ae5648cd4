/**
 * Desired outcomes of a goal or an objective.
 */
package org.strategylifecycle.api.outcome;
