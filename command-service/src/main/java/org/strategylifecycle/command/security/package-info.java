/**
 * Who may send commands: editors and admins; auditors and viewers only read (on the query side).
 * How users log in is shared with query-service ({@code org.strategylifecycle.support.security}).
 */
package org.strategylifecycle.command.security;
