/**
 * Objectives: specific intended results under a goal or mission area.
 */
package org.strategylifecycle.api.objective;
