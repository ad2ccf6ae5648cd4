package org.strategylifecycle.query.observability;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.strategylifecycle.query.admin.ParkedEvents;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DEGRADED while a projection holds parked events: the service answers, but the editions (or lines)
 * they belong to stand still at their last applied event until an admin retries them
 * (docs/operations.md). DEGRADED answers 200 (application.yml): every instance shares the one queue,
 * so taking an instance out of a load balancer would help nothing.
 */
class ParkedEventsHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Events are parked; their editions are not up to date");

    private final ProcessorStatus status;
    private final ParkedEvents parked;

    ParkedEventsHealth(ProcessorStatus status, ParkedEvents parked) {
        this.status = status;
        this.parked = parked;
    }

    /** UNKNOWN while the queue cannot be read: the database's own indicator then says why. */
    @Override
    public Health health() {
        try {
            return parked();
        } catch (RuntimeException e) {
            return Health.unknown().withDetail("error", String.valueOf(e.getMessage())).build();
        }
    }

    private Health parked() {
        boolean degraded = false;
        Map<String, Object> details = new LinkedHashMap<>();
        for (String processor : status.processors().keySet()) {
            var queue = parked.queue(processor);
            if (queue.isPresent()) {
                long sequences = queue.get().amountOfSequences();
                degraded |= sequences > 0;
                details.put(processor, Map.of("parkedSequences", sequences, "parkedEvents", queue.get().size()));
            }
        }
        return Health.status(degraded ? DEGRADED : Status.UP).withDetails(details).build();
    }
}
