/**
 * Measures over HTTP: performance measures with targets and actuals per period.
 */
package org.strategylifecycle.command.measure;
