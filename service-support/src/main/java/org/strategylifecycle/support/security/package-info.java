/**
 * Who is asking, for both services: demo users over HTTP Basic locally (failed logins cheap and
 * throttled), JWTs from an identity provider under the {@code prod} profile (docs/adr/0013), the four
 * roles, and 401/403/429/503 as problem details.
 */
package org.strategylifecycle.support.security;
