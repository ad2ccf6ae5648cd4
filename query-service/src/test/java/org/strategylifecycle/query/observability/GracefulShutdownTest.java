package org.strategylifecycle.query.observability;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.strategylifecycle.devdb.TestDatabase;
import org.strategylifecycle.query.EventStoreDatabase;
import org.strategylifecycle.query.QueryServiceApplication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A query-service that is shut down releases its processors' claims on their segments, so another
 * instance takes them over at once instead of waiting for the claim to time out, and ends its live
 * streams with a final event saying so.
 */
class GracefulShutdownTest {

    @Test
    void stoppingReleasesTheProcessorsClaimsAndEndsLiveStreams() throws Exception {
        TestDatabase.Connection db = EventStoreDatabase.create("queryshutdown");
        HttpResponse<Stream<String>> stream;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(QueryServiceApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password())) {
            await("the editions processor claiming its segment").atMost(Duration.ofSeconds(30))
                    .until(() -> owners(db).stream().anyMatch(o -> o != null));
            stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                            + context.getEnvironment().getProperty("local.server.port") + "/api/activity/stream"))
                    .header("Accept", "text/event-stream").header("Authorization", "Basic "
                            + Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(stream.statusCode()).isEqualTo(200);
        }
        assertThat(owners(db)).isNotEmpty().containsOnlyNulls();
        List<String> lines = stream.body().toList();
        assertThat(lines).contains("event: end");
        assertThat(lines.get(lines.indexOf("event: end") + 1)).contains("\"reason\":\"SHUTDOWN\"");
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
