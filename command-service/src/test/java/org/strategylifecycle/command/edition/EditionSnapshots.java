package org.strategylifecycle.command.edition;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.strategylifecycle.eventstore.EventStoreSetup;

import java.nio.charset.StandardCharsets;

/** Editions read from the JSON a snapshot holds (the event store's serializer), around a state built in a test. */
final class EditionSnapshots {

    private static final Serializer SERIALIZER = EventStoreSetup.serializer();

    private EditionSnapshots() {
    }

    /** {@code seen}: the remembered requests' entries, as the snapshot's {@code requestsSeen.seen} object holds them. */
    static StrategyEdition edition(String strategyId, EditionState state, String seen) {
        String json = "{\"strategyId\": \"%s\", \"state\": %s, \"requestsSeen\": {\"seen\": {%s}}}".formatted(strategyId,
                new String(SERIALIZER.serialize(state, byte[].class).getData(), StandardCharsets.UTF_8), seen);
        return SERIALIZER.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class,
                StrategyEdition.class.getName(), "2"));
    }
}
