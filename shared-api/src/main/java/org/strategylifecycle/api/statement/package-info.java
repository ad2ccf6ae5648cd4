/**
 * Labelled statements of an edition: vision, mission, aspiration, core values, themes, ethos.
 */
package org.strategylifecycle.api.statement;
