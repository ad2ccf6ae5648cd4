/**
 * Mission areas over HTTP: optional groupings of objectives inside a goal.
 */
package org.strategylifecycle.command.missionarea;
