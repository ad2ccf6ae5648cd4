package org.strategylifecycle.query.config;

import org.strategylifecycle.query.projection.BatchedWriter;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.strategylifecycle.eventstore.EventStoreConfiguration;
import org.strategylifecycle.eventstore.EventStoreSetup;

/**
 * Reads the shared event store and keeps the processors' positions (tracking tokens) in the
 * query schema, beside the read models they describe, so both commit in one transaction.
 */
@Configuration(proxyBeanMethods = false)
@Import(EventStoreConfiguration.class)
public class ProjectionConfig {

    @Bean
    public TokenStore tokenStore(ConnectionProvider connections) {
        return EventStoreSetup.tokenStore(connections, "query.token_entry");
    }

    /**
     * The editions processor runs in segments (application.yml), possibly in several processes. All
     * events of one aggregate (an edition, or a line) go to one segment, in their order; every row
     * the projection writes belongs to exactly one aggregate, so segments never race on a row
     * (docs/adr/0007).
     */
    @Bean
    public ConfigurerModule editionsPerAggregate() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(BatchedWriter.GROUP, c -> SequentialPerAggregatePolicy.instance());
    }
}
