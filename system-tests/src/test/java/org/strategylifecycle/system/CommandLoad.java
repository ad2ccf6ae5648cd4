package org.strategylifecycle.system;

import org.strategylifecycle.api.common.StrategyJson;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * Clients that send commands as fast as command-service answers: each drafts editions of its own and
 * adds goals to them, and keeps every command the service acknowledged (the edition and the version
 * it answered, which is the sequence number of the command's event), so that a test can check that
 * all of them are in the event store. A reader beside them asks query-service for the editions. The
 * ports are read before each request: a test that restarts a service points them at the new one.
 */
final class CommandLoad implements AutoCloseable {

    record Acknowledged(String strategyId, long version) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String EDITOR = "Basic " + Base64.getEncoder().encodeToString("editor:editor".getBytes(StandardCharsets.UTF_8));
    private static final String VIEWER = "Basic " + Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8));

    private final String prefix;
    private final IntSupplier commandPort;
    private final IntSupplier queryPort;
    private final List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final Answers commands = new Answers();
    private final Answers reads = new Answers();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong lastAcknowledgedAt = new AtomicLong();
    private final AtomicLong slowestRefusalMillis = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();

    private CommandLoad(String prefix, IntSupplier commandPort, IntSupplier queryPort) {
        this.prefix = prefix;
        this.commandPort = commandPort;
        this.queryPort = queryPort;
    }

    /** Starts {@code clients} command clients and one reader; editions are named {@code prefix-<client>-<n>}. */
    static CommandLoad start(String prefix, int clients, IntSupplier commandPort, IntSupplier queryPort) {
        CommandLoad load = new CommandLoad(prefix, commandPort, queryPort);
        for (int c = 0; c < clients; c++) {
            int client = c;
            load.threads.add(new Thread(() -> load.write(client), prefix + "-client-" + c));
        }
        load.threads.add(new Thread(load::read, prefix + "-reader"));
        load.threads.forEach(Thread::start);
        return load;
    }

    private void write(int client) {
        AtomicInteger editions = new AtomicInteger();
        while (running.get()) {
            String id = prefix + "-" + client + "-" + editions.incrementAndGet();
            if (!send(id, "/api/strategies", """
                    {"strategyId": "%s", "title": "Load %s", "organization": {"code": "CBP", "name": "U.S. Customs and Border Protection"},
                     "period": {"label": "2025–2029", "fromYear": 2025, "toYear": 2029}, "effectiveDate": "2025-01-01"}"""
                    .formatted(id, id))) {
                continue;
            }
            for (int goal = 1; goal <= 20 && running.get(); goal++) {
                if (!send(id, "/api/strategies/" + id + "/goals", """
                        {"number": "%d", "title": "Goal %d", "statement": "Deliver %d", "effectiveDate": "2025-01-02"}"""
                        .formatted(goal, goal, goal))) {
                    break;
                }
            }
        }
    }

    /** Sends one command; true if it was acknowledged, false otherwise (then the client moves to a new edition). */
    private boolean send(String id, String path, String body) {
        String what = "POST " + path;
        long sent = System.nanoTime();
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + commandPort.getAsInt() + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", EDITOR).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            commands.count(what, answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null),
                    answer.headers().firstValue("Retry-After").orElse(null), answer.body());
            if (answer.statusCode() == 200 || answer.statusCode() == 201) {
                acknowledged.add(new Acknowledged(id, StrategyJson.mapper().readTree(answer.body()).get("version").asLong()));
                lastAcknowledgedAt.set(System.nanoTime());
                return true;
            }
            slowestRefusalMillis.accumulateAndGet(Duration.ofNanos(System.nanoTime() - sent).toMillis(), Math::max);
            pause(answer.statusCode() == 503 ? 200 : 0);
            return false;
        } catch (IOException e) {
            commands.unanswered();
            pause(100);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
            return false;
        }
    }

    private void read() {
        while (running.get()) {
            String id;
            synchronized (acknowledged) {
                id = acknowledged.isEmpty() ? null : acknowledged.get(acknowledged.size() - 1).strategyId();
            }
            String path = id == null ? "/api/strategies" : "/api/strategies/" + id;
            try {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + queryPort.getAsInt() + path))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", VIEWER).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                reads.count("GET " + path, answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null),
                        answer.headers().firstValue("Retry-After").orElse(null), answer.body());
            } catch (IOException e) {
                reads.unanswered();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause(20);
        }
    }

    List<Acknowledged> acknowledged() {
        synchronized (acknowledged) {
            return List.copyOf(acknowledged);
        }
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    /** When the last command was acknowledged ({@link System#nanoTime()}). */
    long lastAcknowledgedAt() {
        return lastAcknowledgedAt.get();
    }

    /** The longest a refused command waited for its answer: how quickly an outage is told. */
    long slowestRefusalMillis() {
        return slowestRefusalMillis.get();
    }

    Answers commands() {
        return commands;
    }

    Answers reads() {
        return reads;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(40_000);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
