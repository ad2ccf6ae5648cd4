package org.strategylifecycle.command.chain;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.eventstore.EventChain;
import org.strategylifecycle.eventstore.EventStoreSetup;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-stream chain on an event store of Axon's own (in memory): a stream stored before chaining
 * began is hashed as stored and the first new event chains from there; and the verifier's findings
 * for a stream, event by event.
 */
class ChainOnAppendTest {

    private final Serializer serializer = EventStoreSetup.serializer();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();

    private static DomainEventMessage<String> event(long sequence, String text) {
        return new GenericDomainEventMessage<>("StrategyEdition", "e-1", sequence, text, MetaData.with("requestId", "r-" + sequence));
    }

    private List<StoredEvent> stored() {
        List<StoredEvent> events = new ArrayList<>();
        store.readEvents("e-1", 0).forEachRemaining(m -> events.add(new StoredEvent(-1, MessageContents.of(m, serializer),
                (String) m.getMetaData().get(EventChain.HASH), (String) m.getMetaData().get(EventChain.PREVIOUS))));
        return events;
    }

    @Test
    void aStreamStoredBeforeChainingIsHashedAsStoredAndTheNextEventChainsFromThere() {
        store.publish(event(0, "drafted"), event(1, "goal added"));
        store.registerDispatchInterceptor(new ChainOnAppend(serializer, new StreamHeads(store, serializer)));
        store.publish(event(2, "goal revised"));
        store.publish(event(3, "goal retired"));

        List<StoredEvent> events = stored();
        String legacy = EventChain.eventHash(EventChain.eventHash(EventChain.GENESIS, events.get(0).content()),
                events.get(1).content());
        assertThat(events.get(0).recordedHash()).isNull();
        assertThat(events.get(2).recordedPrevious()).isEqualTo(legacy);
        assertThat(events.get(3).recordedPrevious()).isEqualTo(events.get(2).recordedHash());

        Verification check = Verification.ofStream("e-1");
        events.forEach(check::accept);
        Verdict verdict = check.verdict(events.get(2).recordedHash());
        assertThat(verdict.intact()).as(verdict.verdict()).isTrue();
        assertThat(verdict.unchained()).isEqualTo(2);
        assertThat(verdict.hash()).isEqualTo(events.get(3).recordedHash());
        assertThat(verdict.copy().sequenceNumber()).isEqualTo(2);
    }

    @Test
    void allEventsOfAUnitOfWorkChainOneAfterTheOther() {
        store.registerDispatchInterceptor(new ChainOnAppend(serializer, new StreamHeads(store, serializer)));
        store.publish(event(0, "drafted"), event(1, "goal added"), event(2, "goal revised"));
        List<StoredEvent> events = stored();
        assertThat(events.get(0).recordedPrevious()).isEqualTo(EventChain.GENESIS);
        assertThat(events.get(1).recordedPrevious()).isEqualTo(events.get(0).recordedHash());
        assertThat(events.get(2).recordedPrevious()).isEqualTo(events.get(1).recordedHash());
        assertThat(events.get(1).content().metaData().get("requestId").asString()).isEqualTo("r-1");
    }

    @Test
    void chainValuesRemovedFromAChainedStreamAreNamed() {
        store.registerDispatchInterceptor(new ChainOnAppend(serializer, new StreamHeads(store, serializer)));
        store.publish(event(0, "drafted"), event(1, "goal added"));
        List<StoredEvent> events = stored();
        StoredEvent stripped = new StoredEvent(-1, events.get(1).content(), null, null);
        Verification check = Verification.ofStream("e-1");
        assertThat(check.accept(events.get(0))).isTrue();
        assertThat(check.accept(stripped)).isFalse();
        assertThat(check.verdict(null).problem().reason()).contains("carries no chain hash");
    }

    @Test
    void anEventChainedToAnotherPredecessorIsNamed() {
        store.registerDispatchInterceptor(new ChainOnAppend(serializer, new StreamHeads(store, serializer)));
        store.publish(event(0, "drafted"), event(1, "goal added"));
        List<StoredEvent> events = stored();
        StoredEvent rechained = new StoredEvent(-1, events.get(1).content(), events.get(1).recordedHash(), "ab".repeat(32));
        Verification check = Verification.ofStream("e-1");
        check.accept(events.get(0));
        assertThat(check.accept(rechained)).isFalse();
        assertThat(check.verdict(null).verdict()).contains("was chained to " + "ab".repeat(32));
    }
}
