/**
 * Performance measures with their targets and actuals per period.
 */
package org.strategylifecycle.api.measure;
