package org.strategylifecycle.command.chain;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.strategylifecycle.eventstore.EventChain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Chains every event to the previous one of its aggregate's stream as it is appended: Axon calls the
 * event store's dispatch interceptors with all the events of a unit of work just before it stores
 * them, in both deployments, so the hash lands in the event's metadata and is stored with it. A
 * second writer of the same stream cannot fork the chain: its append fails on the sequence number.
 */
final class ChainOnAppend implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String UNIT_HEADS = ChainOnAppend.class.getName() + ".heads";

    private final Serializer serializer;
    private final StreamHeads heads;

    ChainOnAppend(Serializer serializer, StreamHeads heads) {
        this.serializer = serializer;
        this.heads = heads;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Map<String, StreamHeads.Head> unit = unitHeads();
        return (index, message) -> {
            if (!(message instanceof DomainEventMessage<?> event)) {
                return message;
            }
            String aggregate = event.getAggregateIdentifier();
            long sequence = event.getSequenceNumber();
            StreamHeads.Head known = unit.get(aggregate);
            String previous = known != null && known.sequenceNumber() == sequence - 1
                    ? known.hash() : heads.hashBefore(aggregate, sequence);
            String hash = EventChain.eventHash(previous, MessageContents.of(event, serializer));
            unit.put(aggregate, new StreamHeads.Head(sequence, hash));
            return event.andMetaData(Map.of(EventChain.PREVIOUS, previous, EventChain.HASH, hash));
        };
    }

    /**
     * The heads this unit of work has chained so far; they become known to other commands only once
     * it commits, so a rolled-back append leaves no head behind.
     */
    private Map<String, StreamHeads.Head> unitHeads() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(UNIT_HEADS, key -> {
            Map<String, StreamHeads.Head> unit = new HashMap<>();
            root.afterCommit(u -> heads.remember(unit));
            return unit;
        });
    }
}
