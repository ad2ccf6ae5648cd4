package org.strategylifecycle.eventstore;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The event store answers: its head position is read (PostgreSQL's domain_event_entry, or Axon Server,
 * whichever the switch chose). Both services report it as {@code eventStore}, in their readiness group;
 * the database itself has Spring's own {@code db} indicator.
 */
public final class EventStoreHealth implements HealthIndicator {

    private final EventStore eventStore;

    public EventStoreHealth(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Health health() {
        try {
            TrackingToken head = eventStore.createHeadToken();
            Health.Builder up = Health.up().withDetail("store", eventStore.getClass().getSimpleName());
            if (head != null && head.position().isPresent()) {
                up.withDetail("headPosition", head.position().getAsLong());
            }
            return up.build();
        } catch (RuntimeException e) {
            return Health.down(e).withDetail("store", eventStore.getClass().getSimpleName()).build();
        }
    }
}
