/**
 * Idempotency-Key in the event stream: a keyed request's key travels in the metadata of the events it
 * records, so the aggregate remembers it with them, atomically, in either event store (docs/adr/0015).
 */
package org.strategylifecycle.command.idempotency;
