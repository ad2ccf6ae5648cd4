/**
 * The tamper-evident history: every event chained to its stream's previous one when it is appended,
 * every event linked into one store-wide chain, and the verifier that checks both (docs/adr/0019).
 */
package org.strategylifecycle.command.chain;
