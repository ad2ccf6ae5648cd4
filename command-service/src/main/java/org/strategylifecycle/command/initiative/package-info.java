/**
 * Initiatives over HTTP: concrete undertakings under an objective, launched, completed or retired.
 */
package org.strategylifecycle.command.initiative;
