/**
 * Who is asking, for both services: demo users over HTTP Basic locally, JWTs from an identity
 * provider under the {@code prod} profile, the four roles, and 401/403 as problem details.
 */
package org.strategylifecycle.support.security;
