/**
 * Web plumbing every concept's controller shares: who is asking, which version they saw, their
 * Idempotency-Key, the command bus of this node, and problem details for every refusal.
 */
package org.strategylifecycle.command.web;
