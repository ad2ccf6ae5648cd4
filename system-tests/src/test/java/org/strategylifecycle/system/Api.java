package org.strategylifecycle.system;

import org.strategylifecycle.api.common.StrategyJson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A client of one service over HTTP, logged in as a demo user (password = name). */
record Api(int port, String user) {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    record Answer(int status, String body, HttpHeaders headers) {

        JsonNode json() {
            return StrategyJson.mapper().readTree(body);
        }

        String code() {
            return json().path("code").asString();
        }

        long version() {
            return json().get("version").asLong();
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Api as(String otherUser) {
        return new Api(port, otherUser);
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    /** POSTs a JSON body; {@code headers} are name, value pairs. */
    Answer post(String path, String json, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** POSTs a document with the given content type (e.g. application/xml). */
    Answer post(String path, byte[] body, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** POSTs and insists on acceptance (200, 201 or 202). */
    Answer accepted(String path, String json) {
        Answer answer = post(path, json);
        if (answer.status() < 200 || answer.status() > 202) {
            throw new AssertionError("POST " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    /** GETs and insists on 200. */
    JsonNode read(String path) {
        Answer answer = get(path);
        if (answer.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
