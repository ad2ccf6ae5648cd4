/**
 * Web plumbing every concept's controller shares: who is asking, which version they saw, the
 * idempotency record, and problem details for every refusal.
 */
package org.strategylifecycle.command.web;
