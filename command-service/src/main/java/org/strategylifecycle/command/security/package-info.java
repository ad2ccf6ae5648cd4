/**
 * Who may send commands: editors and admins; auditors and viewers only read (on the query side).
 * HTTP Basic with demo users locally, JWTs from an identity provider under the {@code prod} profile.
 */
package org.strategylifecycle.command.security;
