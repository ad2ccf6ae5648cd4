/**
 * Stakeholders: the persons, organizations and groups with a role (performer, beneficiary) in an
 * organization's plan, a goal or an objective, as StratML records them (docs/adr/0020).
 */
package org.strategylifecycle.api.stakeholder;
