package org.strategylifecycle.command.chain;

import io.axoniq.axonserver.connector.AxonServerConnection;
import io.axoniq.axonserver.connector.event.AggregateEventStream;
import io.axoniq.axonserver.connector.event.EventChannel;
import io.axoniq.axonserver.connector.event.EventStream;
import io.axoniq.axonserver.grpc.MetaDataValue;
import io.axoniq.axonserver.grpc.event.Event;
import io.axoniq.axonserver.grpc.event.EventWithToken;
import org.strategylifecycle.eventstore.EventChain;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The events straight from Axon Server, through its connector's own event channel: payload bytes as
 * stored, metadata as Axon Server keeps it (typed values, turned into the JSON the PostgreSQL store
 * would hold). The whole store is read up to the last token there was when the check began.
 */
final class AxonServerEvents implements StoreReader {

    private static final int BUFFER = 512;

    private final Supplier<AxonServerConnection> connection;

    AxonServerEvents(Supplier<AxonServerConnection> connection) {
        this.connection = connection;
    }

    @Override
    public void events(Predicate<StoredEvent> sink) {
        EventChannel channel = connection.get().eventChannel();
        long last = await(channel.getLastToken().thenApply(Long::longValue));
        if (last < 0) {
            return;
        }
        try (EventStream stream = channel.openStream(-1, BUFFER)) {
            while (true) {
                EventWithToken next = stream.next();
                if (!sink.test(event(next.getToken(), next.getEvent())) || next.getToken() >= last) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading Axon Server's events", e);
        }
    }

    @Override
    public void eventsOf(String aggregateIdentifier, Predicate<StoredEvent> sink) {
        AggregateEventStream stream = connection.get().eventChannel().openAggregateStream(aggregateIdentifier, false);
        try {
            while (stream.hasNext()) {
                if (!sink.test(event(-1, stream.next()))) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading Axon Server's events", e);
        } finally {
            stream.cancel();
        }
    }

    static StoredEvent event(long token, Event event) {
        ObjectNode metaData = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, MetaDataValue> entry : event.getMetaDataMap().entrySet()) {
            metaData.set(entry.getKey(), value(entry.getValue()));
        }
        EventChain.Content content = new EventChain.Content(event.getMessageIdentifier(), event.getAggregateType(),
                event.getAggregateIdentifier(), event.getAggregateSequenceNumber(), event.getTimestamp(),
                event.getPayload().getType(), MessageContents.revision(event.getPayload().getRevision()),
                event.getPayload().getData().toByteArray(), metaData);
        return new StoredEvent(token, content, EventChain.chainValue(metaData, EventChain.HASH),
                EventChain.chainValue(metaData, EventChain.PREVIOUS));
    }

    /** Axon's connector stores text, whole numbers, doubles and booleans as such, anything else serialized. */
    private static JsonNode value(MetaDataValue value) {
        return switch (value.getDataCase()) {
            case TEXT_VALUE -> JsonNodeFactory.instance.textNode(value.getTextValue());
            case NUMBER_VALUE -> JsonNodeFactory.instance.numberNode(value.getNumberValue());
            case DOUBLE_VALUE -> JsonNodeFactory.instance.numberNode(value.getDoubleValue());
            case BOOLEAN_VALUE -> JsonNodeFactory.instance.booleanNode(value.getBooleanValue());
            case BYTES_VALUE -> EventChain.metaData(value.getBytesValue().getData().toByteArray());
            case DATA_NOT_SET -> JsonNodeFactory.instance.nullNode();
        };
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Axon Server", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Axon Server did not answer: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
