/**
 * An edition of a strategic plan and its lifecycle: drafted, adopted, superseded or retired.
 */
package org.strategylifecycle.api.strategy;
