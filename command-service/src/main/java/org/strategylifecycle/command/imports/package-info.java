/**
 * Import of a StratML plan (Part 1 or Part 2) as a draft edition, recorded through the ordinary
 * commands in one unit of work: all of it, or nothing (docs/adr/0005).
 */
package org.strategylifecycle.command.imports;
