/**
 * Mission areas: optional groupings of objectives inside a goal.
 */
package org.strategylifecycle.api.missionarea;
