package org.strategylifecycle.command.http;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a management port of its own (MANAGEMENT_SERVER_PORT, as docker-compose.yml sets it), a
 * scraper reads the metrics there without a login, while on the API's port they still need one; and
 * readiness counts the database and the event store.
 */
class ManagementPortHttpTest extends HttpTestSupport {

    private static final int MANAGEMENT_PORT = freePort();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void managementPort(DynamicPropertyRegistry registry) {
        registry.add("management.server.port", () -> MANAGEMENT_PORT);
    }

    @Test
    void theScraperReadsMetricsOnTheManagementPortWithoutALogin() throws Exception {
        HttpResponse<String> scraped = get(MANAGEMENT_PORT, "/actuator/prometheus");
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");

        assertThat(get(port, "/actuator/prometheus").statusCode()).as("on the API's port").isEqualTo(401);
        assertThat(get(MANAGEMENT_PORT, "/actuator/env").statusCode()).as("nothing else opens").isIn(401, 404);
    }

    @Test
    void readinessCountsTheDatabaseAndTheEventStore() throws Exception {
        HttpResponse<String> readiness = get(MANAGEMENT_PORT, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"", "\"eventStore\"", "\"readinessState\"");
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
