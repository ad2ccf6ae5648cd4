/**
 * Operating the projections: their event processors' positions and owners across processes, a
 * rebuild from the event store, and handing a segment to another query-service process.
 */
package org.strategylifecycle.query.admin;
