package org.strategylifecycle.command.edition;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

import java.util.List;

/**
 * Aggregates beside the one a fixture tests: the fixture's event store holds one aggregate only, so
 * the other editions or lines a handler reads live in an in-memory event store of their own.
 */
public final class InMemoryAggregates<T> {

    private final Class<T> type;
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    /** Built on first use: inspecting the aggregate is most of a fixture's set-up, and most tests never load one. */
    private EventSourcingRepository<T> repository;

    public InMemoryAggregates(Class<T> type) {
        this.type = type;
    }

    public EventSourcingRepository<T> repository() {
        if (repository == null) {
            repository = EventSourcingRepository.builder(type).eventStore(store).build();
        }
        return repository;
    }

    /** Stores the history of one aggregate. */
    public InMemoryAggregates<T> given(String id, Object... events) {
        for (int i = 0; i < events.length; i++) {
            store.publish(new GenericDomainEventMessage<>(type.getSimpleName(), id, i, events[i]));
        }
        return this;
    }

    public List<Object> events(String id) {
        return store.readEvents(id).asStream().map(EventMessage::getPayload).map(Object.class::cast).toList();
    }
}
