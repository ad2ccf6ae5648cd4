/**
 * Stakeholders over HTTP: the persons, organizations and groups with roles in an edition's plan, its
 * goals and its objectives.
 */
package org.strategylifecycle.command.stakeholder;
