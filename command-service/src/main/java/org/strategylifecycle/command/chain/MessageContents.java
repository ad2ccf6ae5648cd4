package org.strategylifecycle.command.chain;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.strategylifecycle.eventstore.EventChain;

/**
 * What the chain hashes of an Axon event message: its payload and metadata serialized by the event
 * serializer (the bytes the JDBC engine stores; for an event read back from the store, the stored
 * bytes themselves where Axon kept them), its identity and its time in milliseconds.
 */
final class MessageContents {

    private MessageContents() {
    }

    static EventChain.Content of(DomainEventMessage<?> message, Serializer serializer) {
        SerializedObject<byte[]> payload = message.serializePayload(serializer, byte[].class);
        SerializedObject<byte[]> metaData = message.serializeMetaData(serializer, byte[].class);
        return new EventChain.Content(message.getIdentifier(), message.getType(), message.getAggregateIdentifier(),
                message.getSequenceNumber(), message.getTimestamp().toEpochMilli(), payload.getType().getName(),
                revision(payload.getType().getRevision()), payload.getData(), EventChain.metaData(metaData.getData()));
    }

    /** No revision is null in PostgreSQL and the empty string in Axon Server: both hash as none. */
    static String revision(String revision) {
        return revision == null || revision.isEmpty() ? null : revision;
    }
}
