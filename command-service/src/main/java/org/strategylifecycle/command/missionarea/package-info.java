/**
 * Mission areas: optional groupings of objectives inside a goal, or the top level of a plan without
 * goals. {@code MissionAreaController} takes their commands over HTTP; {@code MissionAreas}, a member
 * of the {@code StrategyEdition} aggregate, decides them.
 */
package org.strategylifecycle.command.missionarea;
