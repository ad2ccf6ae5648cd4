package org.strategylifecycle.command.edition;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import java.util.List;

/**
 * Aggregates beside the one a fixture tests: the fixture's event store holds one aggregate only, so
 * the other editions or lines a handler reads live in an in-memory event store of their own.
 */
public final class InMemoryAggregates<T> {

    /**
     * Each aggregate class inspected once per JVM. Inspecting the edition is most of a fixture's set-up,
     * and mutation testing runs every test class once in each of its many JVMs just to list the tests.
     */
    private static final ClassValue<AggregateModel<?>> MODELS = new ClassValue<>() {
        @Override
        protected AggregateModel<?> computeValue(Class<?> type) {
            return AnnotatedAggregateMetaModelFactory.inspectAggregate(type);
        }
    };

    private final Class<T> type;
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    /** Built on first use: most tests never load an aggregate beside the fixture's. */
    private EventSourcingRepository<T> repository;

    public InMemoryAggregates(Class<T> type) {
        this.type = type;
    }

    @SuppressWarnings("unchecked")
    static <T> AggregateModel<T> model(Class<T> type) {
        return (AggregateModel<T>) MODELS.get(type);
    }

    public EventSourcingRepository<T> repository() {
        if (repository == null) {
            repository = EventSourcingRepository.builder(type).aggregateModel(model(type)).eventStore(store).build();
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
