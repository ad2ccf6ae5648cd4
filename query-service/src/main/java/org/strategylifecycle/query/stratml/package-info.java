/**
 * An edition as StratML Part 2, now or as of an effective date as known at a recorded time: the
 * standard exchange format for strategic plans (mapping: docs/adr/0005).
 */
package org.strategylifecycle.query.stratml;
