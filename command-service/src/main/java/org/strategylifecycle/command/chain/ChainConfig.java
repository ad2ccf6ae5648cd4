package org.strategylifecycle.command.chain;

import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.strategylifecycle.eventstore.EventStoreSetup;

import javax.sql.DataSource;

/**
 * The chains in both deployments: the per-stream chain on the event store's dispatch, the chain
 * keeper as a single-segment tracking processor (application.yml) whose token sits beside its table
 * in PostgreSQL, and the verifier reading PostgreSQL's or Axon Server's events.
 */
@Configuration(proxyBeanMethods = false)
class ChainConfig {

    @Autowired
    void chainOnAppend(EventStore eventStore, @Qualifier("eventSerializer") Serializer serializer) {
        eventStore.registerDispatchInterceptor(new ChainOnAppend(serializer, new StreamHeads(eventStore, serializer)));
    }

    @Bean
    ChainKeeper chainKeeper(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer,
                            @Value("${axon.axonserver.enabled}") boolean axonServer) {
        return new ChainKeeper(jdbc, serializer, axonServer);
    }

    /** command-service's processors (the chain keeper) keep their positions in PostgreSQL's token_entry. */
    @Bean
    TokenStore tokenStore(ConnectionProvider connections) {
        return EventStoreSetup.tokenStore(connections, "token_entry");
    }

    @Bean
    Verifier verifier(DataSource dataSource, @Value("${axon.axonserver.enabled}") boolean axonServer,
                      ObjectProvider<AxonServerConnectionManager> connections) {
        StoreReader events = axonServer
                ? new AxonServerEvents(() -> connections.getObject().getConnection())
                : new PostgresEvents(dataSource);
        return new Verifier(events, new ChainTable(dataSource));
    }
}
