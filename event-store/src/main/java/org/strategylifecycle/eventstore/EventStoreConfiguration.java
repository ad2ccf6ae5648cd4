package org.strategylifecycle.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * The Spring wiring of the event store, imported by every service so that all of them read and
 * write it alike. Axon's own JDBC auto-configuration does not apply on Spring Boot 4 (its ordering
 * names Boot 3's DataSource configuration), so the beans are declared here. The storage engine
 * exists only while {@code axon.axonserver.enabled} is false; with Axon Server on, the connector
 * supplies the event store (docs/adr/0001). The event store itself is declared here too, as Axon's
 * auto-configuration would, but with a smaller cache, and so is its health indicator.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    @Bean
    @Primary
    public Serializer serializer() {
        return EventStoreSetup.serializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    /** Joins the Spring transaction of the caller, so application writes and events commit together. */
    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /** The token store's identifier, created once before the processors start (see the class). */
    @Bean
    public StorageIdentifierFirst storageIdentifierFirst(TokenStore tokens, TransactionManager transactions) {
        return new StorageIdentifierFirst(tokens, transactions);
    }

    /** The health indicator {@code eventStore}. Static, like Axon's own modules: no wait for this class's instance. */
    @Bean
    public static EventStoreHealth eventStoreHealthIndicator(EventStore eventStore) {
        return new EventStoreHealth(eventStore);
    }

    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    public EventStorageEngine eventStorageEngine(ConnectionProvider connections, TransactionManager transactions,
                                                 Serializer serializer, Configuration configuration) {
        // Asked when a snapshot is read, once every aggregate is configured with its filter.
        return EventStoreSetup.storageEngine(connections, transactions, serializer, configuration.upcasterChain(),
                snapshot -> configuration.snapshotFilter().allow(snapshot));
    }

    /**
     * Axon's embedded event store, as its auto-configuration builds it (the same message monitor and
     * span factory), except for how many of the latest events it keeps for the processors that follow
     * the store's head: Axon's 10,000 held about 20 MB of command-service's heap, where only the chain
     * keeper reads them (docs/benchmarks.md, "Figures: editions that outgrow the cache, and the JVM's own
     * memory"). A processor further behind than the cache reads the store directly, as it does when it
     * catches up.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                         @Value("${strategy.event-store.cached-events}") int cachedEvents) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .cachedEvents(cachedEvents)
                .build();
    }
}
