/**
 * Labelled statements of an edition over HTTP: vision, mission, core values, themes and the like.
 */
package org.strategylifecycle.command.statement;
