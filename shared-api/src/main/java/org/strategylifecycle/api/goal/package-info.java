/**
 * Goals: the broad intended results of an edition, numbered and titled.
 */
package org.strategylifecycle.api.goal;
