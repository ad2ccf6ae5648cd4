package org.strategylifecycle.corpus;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** The command API of command-service over HTTP, logged in with HTTP Basic. */
final class CommandApi {

    /** A command's answer: the status, and the body as JSON (a problem detail when refused). */
    record Answer(int status, JsonNode body) {

        boolean accepted() {
            return status / 100 == 2;
        }

        String code() {
            return body.path("code").asString("");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String authorization;

    CommandApi(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Answer postJson(String path, Object body, String idempotencyKey) {
        return send(request(path, Map.of(), idempotencyKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Histories.JSON.writeValueAsString(body))));
    }

    Answer postXml(String path, Map<String, String> query, byte[] document, String idempotencyKey) {
        return send(request(path, query, idempotencyKey)
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(document)));
    }

    private HttpRequest.Builder request(String path, Map<String, String> query, String idempotencyKey) {
        String queryString = query.isEmpty() ? "" : "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(baseUrl + path + queryString))
                .timeout(Duration.ofMinutes(5))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", authorization)
                .header("Idempotency-Key", idempotencyKey);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body == null || body.isBlank()
                    ? Histories.JSON.createObjectNode()
                    : readOrWrap(body);
            return new Answer(response.statusCode(), json);
        } catch (IOException e) {
            throw new IllegalStateException("command-service at " + baseUrl + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode readOrWrap(String body) {
        try {
            return Histories.JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return Histories.JSON.createObjectNode().put("body", body);
        }
    }
}
