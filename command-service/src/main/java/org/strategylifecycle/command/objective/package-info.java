/**
 * Objectives over HTTP: specific intended results under a goal or mission area.
 */
package org.strategylifecycle.command.objective;
