/**
 * A StratML plan recorded as a new draft edition in one command: the plan as read, and the answer
 * saying what was recorded.
 */
package org.strategylifecycle.api.imports;
