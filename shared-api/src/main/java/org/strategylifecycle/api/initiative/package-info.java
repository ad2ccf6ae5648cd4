/**
 * Initiatives: concrete undertakings under an objective; launched, revised, completed or retired.
 */
package org.strategylifecycle.api.initiative;
