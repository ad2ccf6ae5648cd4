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
import org.springframework.test.util.ReflectionTestUtils;
import org.strategylifecycle.command.CommandServiceApplication;
import org.strategylifecycle.devdb.TestDatabase;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one switch between the deployments, AXON_SERVER_ENABLED (axon.axonserver.enabled). On, Axon
 * Server's event store, command bus and query bus replace the local ones and the JDBC storage engine
 * is gone; off, the reverse. No Axon Server runs here: the context is pointed at a port nobody
 * listens on, and starts anyway, since the connector connects in the background and retries. Off,
 * the embedded event store is the project's own bean, with its cache of the latest events bounded
 * by {@code strategy.event-store.cached-events} (read from Axon's producer: it offers no getter).
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

    @Test
    void theLocalEventStoreKeepsAsManyOfTheLatestEventsAsConfigured() throws IOException {
        try (ConfigurableApplicationContext context = start(false, "--strategy.event-store.cached-events=7")) {
            Object producer = ReflectionTestUtils.getField(context.getBean(EventStore.class), "producer");
            assertThat(ReflectionTestUtils.getField(producer, "cachedEvents")).isEqualTo(7);
        }
    }

    private ConfigurableApplicationContext start(boolean axonServer, String... more) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--axon.axonserver.enabled=" + axonServer,
                "--axon.axonserver.servers=localhost:" + unusedPort(),
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password()));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(CommandServiceApplication.class).run(arguments.toArray(String[]::new));
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
