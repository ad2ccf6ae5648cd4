/**
 * Who may read: every role reads plans and follows live changes; the history (and who made a change) is
 * for auditors and admins, rebuilding for admins.
 * How users log in is shared with command-service ({@code org.strategylifecycle.support.security}).
 */
package org.strategylifecycle.query.security;
