package org.strategylifecycle.query.observability;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** The event store answers: its head position is read (PostgreSQL or Axon Server, as the switch chose). */
class EventStoreHealth implements HealthIndicator {

    private final ProcessorStatus status;

    EventStoreHealth(ProcessorStatus status) {
        this.status = status;
    }

    @Override
    public Health health() {
        try {
            return Health.up().withDetail("headPosition", status.head()).build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
