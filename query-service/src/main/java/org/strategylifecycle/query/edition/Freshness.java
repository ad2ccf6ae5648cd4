package org.strategylifecycle.query.edition;

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
    private final Duration timeout;

    Freshness(EditionReader reader, @Value("${strategy.read-your-writes-timeout:5s}") Duration timeout) {
        this.reader = reader;
        this.timeout = timeout;
    }

    StrategySummaryView await(String strategyId, Long minVersion) throws InterruptedException {
        if (minVersion == null) {
            return reader.require(strategyId);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            var strategy = reader.strategy(strategyId);
            if (strategy.isPresent() && strategy.get().version() >= minVersion) {
                return strategy.get();
            }
            if (System.nanoTime() > deadline) {
                throw new StrategyException(ErrorCode.READ_MODEL_BEHIND,
                        "edition " + strategyId + " has not reached version " + minVersion + " in the read model yet");
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
