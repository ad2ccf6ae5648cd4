package org.strategylifecycle.query.edition;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;

import java.time.Duration;

/**
 * Read-your-own-write: a client that just sent a command passes the version it got back, and the
 * read waits (bounded) until the projection has reached it, so a dashboard never shows its own
 * edit as missing.
 */
@Component
class Freshness {

    private static final Duration POLL = Duration.ofMillis(20);

    private final EditionReader reader;
    private final EventStore eventStore;
    private final Duration timeout;

    Freshness(EditionReader reader, EventStore eventStore,
              @Value("${strategy.read-your-writes-timeout:5s}") Duration timeout) {
        this.reader = reader;
        this.eventStore = eventStore;
        this.timeout = timeout;
    }

    StrategySummaryView await(String strategyId, Long minVersion) throws InterruptedException {
        if (minVersion == null) {
            return reader.require(strategyId);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean recorded = false;
        while (true) {
            var strategy = reader.strategy(strategyId);
            if (strategy.isPresent() && strategy.get().version() >= minVersion) {
                return strategy.get();
            }
            if (!recorded) {
                requireRecorded(strategyId, minVersion);
                recorded = true;
            }
            if (System.nanoTime() > deadline) {
                throw new StrategyException(ErrorCode.READ_MODEL_BEHIND,
                        "edition " + strategyId + " has not reached version " + minVersion + " in the read model yet");
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /**
     * A version the event store does not hold is no write of the client's to wait for: a command
     * answers only after its events are stored, so the read model will never reach it (400), or the
     * edition does not exist (404). Asked once, when the read model is behind.
     */
    private void requireRecorded(String strategyId, long minVersion) {
        long stored = eventStore.lastSequenceNumberFor(strategyId).orElse(-1L);
        if (stored < 0) {
            throw new StrategyException(ErrorCode.STRATEGY_NOT_FOUND, "no strategy edition " + strategyId);
        }
        if (minVersion > stored) {
            throw new StrategyException(ErrorCode.INVALID_VALUE,
                    "minVersion " + minVersion + " is beyond edition " + strategyId + "'s last recorded version " + stored);
        }
    }
}
