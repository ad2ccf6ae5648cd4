/**
 * Goals over HTTP: the broad intended results of an edition, numbered and titled.
 */
package org.strategylifecycle.command.goal;
