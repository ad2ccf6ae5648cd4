/**
 * Sign-in under the {@code prod} profile: which bearer JWTs count (issuer, audience, lifetime, subject,
 * exact roles), the issuer's keys fetched with a rate limit and through outages, and a start refused
 * in one line without its settings (docs/adr/0013-production-sign-in.md).
 */
package org.strategylifecycle.support.security.prod;
