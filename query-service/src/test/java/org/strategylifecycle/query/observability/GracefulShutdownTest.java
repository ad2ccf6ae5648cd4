package org.strategylifecycle.query.observability;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.strategylifecycle.devdb.TestDatabase;
import org.strategylifecycle.query.EventStoreDatabase;
import org.strategylifecycle.query.QueryServiceApplication;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query-service that is shut down releases its processors' claims on their segments, so another
 * instance takes them over at once instead of waiting for the claim to time out.
 */
class GracefulShutdownTest {

    @Test
    void stoppingReleasesTheProcessorsClaims() throws Exception {
        TestDatabase.Connection db = EventStoreDatabase.create("queryshutdown");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(QueryServiceApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password())) {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (owners(db).stream().noneMatch(o -> o != null)) {
                assertThat(System.nanoTime()).as("the editions processor never claimed its segment").isLessThan(deadline);
                Thread.sleep(100);
            }
        }
        assertThat(owners(db)).isNotEmpty().containsOnlyNulls();
    }

    private static List<String> owners(TestDatabase.Connection db) throws Exception {
        try (var c = DriverManager.getConnection(db.url(), db.user(), db.password());
             var rs = c.createStatement().executeQuery("select owner from query.token_entry where processor_name = 'editions'")) {
            List<String> owners = new ArrayList<>();
            while (rs.next()) {
                owners.add(rs.getString(1));
            }
            return owners;
        }
    }
}
