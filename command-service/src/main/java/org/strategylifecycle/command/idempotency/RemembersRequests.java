package org.strategylifecycle.command.idempotency;

/** An aggregate that remembers the keyed requests recorded in its stream. */
public interface RemembersRequests {

    RequestsSeen requestsSeen();
}
