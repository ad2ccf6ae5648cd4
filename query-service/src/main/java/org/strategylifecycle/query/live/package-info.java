/**
 * Live updates: server-sent events of the changes the read models apply, followed from the history
 * table in commit order whichever process projected them, resumable by event id (docs/adr/0014).
 */
package org.strategylifecycle.query.live;
