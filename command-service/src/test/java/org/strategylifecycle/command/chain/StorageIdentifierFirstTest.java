package org.strategylifecycle.command.chain;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.strategylifecycle.eventstore.EventStoreSetup;
import org.strategylifecycle.eventstore.StorageIdentifierFirst;
import org.strategylifecycle.devdb.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances starting at once on a fresh database, each with its own pool and token store, as two
 * command-services do in the Axon Server deployment: every one starts, and all agree on one identifier.
 * Axon's store alone lets all but one fail here with a primary-key violation (AxonFramework#4802).
 */
class StorageIdentifierFirstTest {

    private static final int INSTANCES = 4;

    private final List<HikariDataSource> pools = new ArrayList<>();
    private ExecutorService threads;

    @BeforeEach
    void freshDatabase() {
        TestDatabase.Connection db = TestDatabase.create("storage_identifier");
        for (int i = 0; i < INSTANCES; i++) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(db.url());
            config.setUsername(db.user());
            config.setPassword(db.password());
            config.setMaximumPoolSize(2);
            pools.add(new HikariDataSource(config));
        }
        Flyway.configure().dataSource(pools.get(0)).locations("classpath:db/migration").load().migrate();
        threads = Executors.newFixedThreadPool(INSTANCES);
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        pools.forEach(HikariDataSource::close);
    }

    @RepeatedTest(3)
    void instancesStartingAtOnceAllStartWithOneIdentifier() throws Exception {
        CyclicBarrier together = new CyclicBarrier(INSTANCES);
        List<Future<String>> started = new ArrayList<>();
        for (HikariDataSource pool : pools) {
            StorageIdentifierFirst instance = new StorageIdentifierFirst(
                    EventStoreSetup.tokenStore(new UnitOfWorkAwareConnectionProviderWrapper(
                            new SpringDataSourceConnectionProvider(pool)), "token_entry"),
                    new SpringTransactionManager(new JdbcTransactionManager(pool)));
            started.add(threads.submit(() -> {
                together.await();
                instance.start();
                return instance.identifier();
            }));
        }

        List<String> identifiers = new ArrayList<>();
        for (Future<String> instance : started) {
            identifiers.add(instance.get());
        }

        assertThat(identifiers).doesNotContainNull().allSatisfy(id -> assertThat(id).isNotBlank());
        assertThat(identifiers).containsOnly(identifiers.get(0));
        assertThat(new JdbcTemplate(pools.get(0)).queryForObject(
                "select count(*) from token_entry where processor_name = '__config'", Integer.class)).isEqualTo(1);
    }
}
