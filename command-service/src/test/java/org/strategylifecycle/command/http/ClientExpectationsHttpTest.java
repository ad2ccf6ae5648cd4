package org.strategylifecycle.command.http;

import org.junit.jupiter.api.Test;
import org.strategylifecycle.support.openapi.SwaggerUi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP as clients expect it of command-service, over real HTTP: Swagger UI loads for a logged-in
 * user, large answers are compressed, and browsers on other origins are not let in unless configured
 * (STRATEGY_CORS_ALLOWED_ORIGINS is unset here; query-service's tests configure it).
 */
class ClientExpectationsHttpTest extends HttpTestSupport {

    @Test
    void swaggerUiLoadsItsConfigurationAndTheDescriptionForALoggedInUser() throws Exception {
        SwaggerUi.assertLoadsFor("viewer", "http://localhost:" + port, COMMAND_URL);
    }

    @Test
    void largeAnswersAreGzippedForClientsThatAcceptIt() throws IOException {
        HttpResponse<byte[]> docs = editor.sendBytes(editor.request("/v3/api-docs", "Accept-Encoding", "gzip").GET());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String json = new String(new GZIPInputStream(new ByteArrayInputStream(docs.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{").contains("\"openapi\"");
        assertThat(docs.body().length).isLessThan(json.length() / 5);

        HttpResponse<byte[]> plain = editor.sendBytes(editor.request("/v3/api-docs").GET());
        assertThat(plain.headers().firstValue("Content-Encoding")).as("only for clients that accept it").isEmpty();

        String strategy = unique("gzip");
        Api.Answer small = editor.post("/api/strategies", """
                {"strategyId": "%s", "title": "Small answer", "organization": %s,
                 "period": {"label": "2025", "fromYear": 2025, "toYear": 2025}, "effectiveDate": "2025-01-01"}"""
                .formatted(strategy, ORGANIZATION), "Accept-Encoding", "gzip");
        assertThat(small.status()).isEqualTo(201);
        assertThat(small.header("Content-Encoding")).as("an answer under 2 KB as it is").isNull();
        assertThat(small.id()).isEqualTo(strategy);
    }

    @Test
    void crossOriginCallsAreOffByDefault() {
        Api.Answer preflight = editor.as(null).send(editor.as(null).request("/api/strategies",
                        "Origin", "https://dashboard.example.org", "Access-Control-Request-Method", "POST")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.header("Access-Control-Allow-Origin")).as("no permission for the browser").isNull();
        assertThat(preflight.header("Access-Control-Allow-Methods")).isNull();

        Api.Answer call = editor.post("/api/strategies", "{}", "Origin", "https://dashboard.example.org");
        assertThat(call.header("Access-Control-Allow-Origin")).isNull();
    }
}
