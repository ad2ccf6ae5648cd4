/**
 * A strategy line: the series of editions of one strategy, in order, with their supersessions.
 */
package org.strategylifecycle.api.line;
