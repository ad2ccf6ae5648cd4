/**
 * An edition of a strategic plan and its lifecycle over HTTP: drafted, adopted, superseded or retired.
 */
package org.strategylifecycle.command.strategy;
