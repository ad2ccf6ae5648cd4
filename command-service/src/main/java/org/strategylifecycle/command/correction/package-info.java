/**
 * Corrections over HTTP: fixing a recording mistake in an element, retroactively, even in a frozen edition.
 */
package org.strategylifecycle.command.correction;
