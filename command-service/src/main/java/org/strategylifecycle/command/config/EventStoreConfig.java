package org.strategylifecycle.command.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.strategylifecycle.api.eventstore.EventStoreSetup;

import javax.sql.DataSource;

/**
 * The event store: PostgreSQL through Axon's JDBC engine, unless {@code axon.axonserver.enabled} is
 * true, in which case Axon Server's connector supplies the event store and this engine is not made.
 */
@org.springframework.context.annotation.Configuration
public class EventStoreConfig {

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

    /**
     * Axon's own JDBC auto-configuration does not apply on Spring Boot 4 (its ordering names Boot 3's
     * DataSource configuration), so the connection provider and transaction manager are made here:
     * both join the Spring transaction of the request, which the idempotency record relies on.
     */
    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    public EventStorageEngine eventStorageEngine(ConnectionProvider connections, TransactionManager transactions,
                                                 Serializer serializer, Configuration configuration) {
        return EventStoreSetup.storageEngine(connections, transactions, serializer, configuration.upcasterChain());
    }

    /**
     * The most recently used editions stay in memory, so a command does not replay the edition's
     * events. Bounded, because an edition with its elements can weigh a few hundred kilobytes.
     */
    @Bean
    public Cache strategyEditionCache(@Value("${strategy.aggregate-cache.editions}") int editions) {
        return new BoundedCache(editions);
    }

    @Bean
    public Cache strategyLineCache(@Value("${strategy.aggregate-cache.lines}") int lines) {
        return new BoundedCache(lines);
    }
}
