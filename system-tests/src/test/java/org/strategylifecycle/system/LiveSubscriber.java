package org.strategylifecycle.system;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.strategylifecycle.api.common.StrategyJson;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;

/**
 * A dashboard following a live stream of query-service over HTTP: reads the server-sent events as
 * they come and keeps the changes ({@code aggregateId/sequenceNumber}, in arrival order) and the id
 * of the last event, to resume from.
 */
final class LiveSubscriber implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final HttpResponse<InputStream> response;
    private final List<String> changes = new CopyOnWriteArrayList<>();
    private final List<String> types = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile String lastEventId;

    private LiveSubscriber(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "live-subscriber");
        reader.setDaemon(true);
        reader.start();
    }

    /** Subscribes to {@code path} on the service at {@code port} as {@code user}, from {@code lastEventId} if given. */
    static LiveSubscriber open(int port, String path, String user, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": "
                    + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        LiveSubscriber subscriber = new LiveSubscriber(response);
        subscriber.awaitType("subscribed", Duration.ofSeconds(30));
        return subscriber;
    }

    List<String> changes() {
        return List.copyOf(changes);
    }

    String lastEventId() {
        return lastEventId;
    }

    List<String> types() {
        return List.copyOf(types);
    }

    /** Waits until {@code count} changes have come. */
    void awaitChanges(int count, Duration timeout) {
        try {
            await(count + " changes").atMost(timeout).pollInterval(Duration.ofMillis(50))
                    .failFast("the stream ended", () -> !reader.isAlive() && changes.size() < count)
                    .until(() -> changes.size() >= count);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new AssertionError("got " + changes.size() + " of " + count + " changes; events " + tail(), e);
        }
    }

    private void awaitType(String type, Duration timeout) {
        try {
            await("a " + type + " event").atMost(timeout).pollInterval(Duration.ofMillis(20))
                    .until(() -> types.contains(type));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no " + type + " event; events " + tail(), e);
        }
    }

    private List<String> tail() {
        List<String> all = new ArrayList<>(types);
        return all.subList(Math.max(0, all.size() - 5), all.size());
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String type = null;
            String data = null;
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    type = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data = line.substring(5).strip();
                } else if (line.isEmpty() && type != null) {
                    if (type.equals("change")) {
                        try {
                            JsonNode notice = StrategyJson.mapper().readTree(data);
                            changes.add(notice.get("aggregateId").asString() + "/" + notice.get("sequenceNumber").asLong());
                        } catch (RuntimeException e) {
                            types.add("unreadable change: " + data);
                        }
                    }
                    if (id != null) {
                        lastEventId = id;
                    }
                    types.add(type);
                    id = null;
                    type = null;
                    data = null;
                }
            }
        } catch (IOException closed) {
            // closed by the test, or by the server
        }
    }

    @Override
    public void close() throws IOException {
        response.body().close();
    }
}
