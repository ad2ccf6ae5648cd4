package org.strategylifecycle.command.ops;

import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.strategylifecycle.command.CommandServiceApplication;
import org.strategylifecycle.devdb.TestDatabase;

import java.io.IOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one switch between the deployments, AXON_SERVER_ENABLED (axon.axonserver.enabled). On, Axon
 * Server's event store, command bus and query bus replace the local ones and the JDBC storage engine
 * is gone; off, the reverse. No Axon Server runs here: the context is pointed at a port nobody
 * listens on, and starts anyway, since the connector connects in the background and retries.
 */
class AxonServerSwitchTest {

    private final TestDatabase.Connection database = TestDatabase.create("axonswitch");

    @Test
    void switchOnWiresAxonServersEventStoreAndBusesAndNoJdbcEngine() throws IOException {
        try (ConfigurableApplicationContext context = start(true)) {
            assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
            assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
            assertThat(context.getBeansOfType(EventStorageEngine.class)).isEmpty();
        }
    }

    @Test
    void switchOffWiresTheLocalBusesOnThePostgresEventStore() throws IOException {
        try (ConfigurableApplicationContext context = start(false)) {
            assertThat(context.getBean(EventStore.class)).isInstanceOf(EmbeddedEventStore.class);
            assertThat(context.getBean(CommandBus.class)).isInstanceOf(SimpleCommandBus.class);
            assertThat(context.getBean(QueryBus.class)).isInstanceOf(SimpleQueryBus.class);
            assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
            assertThat(context.getBeansOfType(AxonServerCommandBus.class)).isEmpty();
        }
    }

    private ConfigurableApplicationContext start(boolean axonServer) throws IOException {
        return new SpringApplicationBuilder(CommandServiceApplication.class).run("--server.port=0",
                "--axon.axonserver.enabled=" + axonServer,
                "--axon.axonserver.servers=localhost:" + unusedPort(),
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password());
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
