package org.strategylifecycle.command;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.strategylifecycle.devdb.TestDatabase;

/**
 * Points a Spring test context at a fresh database on a real PostgreSQL (embedded, or the server
 * named by STRATEGY_TEST_DB_URL). One database per context class, so contexts never share state.
 */
public final class PostgresTest {

    private PostgresTest() {
    }

    public static TestDatabase.Connection register(DynamicPropertyRegistry registry, String name) {
        TestDatabase.Connection db = TestDatabase.create(name);
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        return db;
    }
}
