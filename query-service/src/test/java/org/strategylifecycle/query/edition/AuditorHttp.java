package org.strategylifecycle.query.edition;

import org.strategylifecycle.api.common.StrategyJson;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The projection tests' reads over real HTTP, as the demo auditor (who may read history too). */
final class AuditorHttp {

    static final String AUDITOR = "Basic " + Base64.getEncoder().encodeToString("auditor:auditor".getBytes());

    private AuditorHttp() {
    }

    /** The JSON a GET of {@code path} answers, which must be 200. */
    static JsonNode get(int port, String path) throws Exception {
        HttpResponse<String> response = send(port, path, "application/json");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return StrategyJson.mapper().readTree(response.body());
    }

    static HttpResponse<String> send(int port, String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", accept).header("Authorization", AUDITOR).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
