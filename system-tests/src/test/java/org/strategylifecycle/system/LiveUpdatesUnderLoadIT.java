package org.strategylifecycle.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A fault check with the packaged services: live-stream clients that never read, during a command
 * load large enough to fill their sockets many times over, hold up neither the projection nor the
 * other subscribers, and are ended; connections that clients drop are released within seconds.
 * Prints its figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveUpdatesUnderLoadIT {

    private static final Path PLAN = Path.of(System.getProperty("services.dir", "..")).resolve("corpus/ofo-poe-strategic-plan-fy2007-2011.xml");
    private static final String ORGANIZATION = """
            {"code": "CBP", "name": "U.S. Customs and Border Protection", "parentCode": "DHS"}""";
    /** About 6 MB of change events per stream, more than a socket's buffers hold (4 MB at most on Linux). */
    private static final int EVENTS = 16_000;
    /**
     * Fewer writers than command-service's 5 connections (ServiceProcess) and its chain keeper's one:
     * what is tested is the read side under stalled readers, not the command side shedding load (503
     * after its 3 s connection wait), which six writers of whole StratML imports reached on a busy machine.
     */
    private static final int WRITERS = 4;
    private static final int STALLED = 4;
    private static final Duration LOAD_LIMIT = Duration.ofMinutes(4);
    private static final Pattern TOO_SLOW = Pattern.compile(
            "strategy_live_streams_ended_total\\{[^}]*reason=\"TOO_SLOW\"[^}]*} ([0-9.E]+)");
    private static final Pattern OPEN = Pattern.compile("strategy_live_streams(\\{[^}]*})? ([0-9.E]+)");

    private BothServices services;
    private Api editor;
    private Api admin;

    @BeforeAll
    void start() throws Exception {
        services = BothServices.start("liveload");
        editor = new Api(services.command().port(), "editor");
        admin = new Api(services.query().port(), "admin");
    }

    @AfterAll
    void stop() throws Exception {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void clientsThatNeverReadHoldUpNeitherTheProjectionNorOtherSubscribers() throws Exception {
        int port = services.query().port();
        byte[] plan = Files.readAllBytes(PLAN);
        List<StalledSubscriber> stalled = new ArrayList<>();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicLong events = new AtomicLong();
        AtomicLong commands = new AtomicLong();
        try (LiveSubscriber reader = LiveSubscriber.open(port, "/api/activity/stream", "auditor", null)) {
            for (int i = 0; i < STALLED; i++) {
                stalled.add(new StalledSubscriber(port, "/api/activity/stream", i % 2 == 0 ? "viewer" : "editor"));
            }
            AtomicBoolean loading = new AtomicBoolean(true);
            AtomicLong maxLag = new AtomicLong();
            Thread monitor = new Thread(() -> {
                while (loading.get()) {
                    var status = admin.get("/api/admin/projections/editions");
                    if (status.status() == 200) {
                        var json = status.json();
                        maxLag.accumulateAndGet(json.get("head").asLong() - json.get("position").asLong(), Math::max);
                    }
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "lag-monitor");
            monitor.start();

            long started = System.nanoTime();
            long limit = started + LOAD_LIMIT.toNanos();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> load = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                load.add(writers.submit(() -> {
                    for (int round = 0; events.get() < EVENTS && System.nanoTime() < limit; round++) {
                        String id = "load-" + writer + "-" + round;
                        Api.Answer imported = editor.post("/api/imports/stratml?effectiveDate=2024-01-01&strategyId=" + id,
                                plan, "application/xml");
                        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
                        for (long v = 0; v <= imported.version(); v++) {
                            acknowledged.add(id + "/" + v);
                        }
                        events.addAndGet(imported.version() + 1);
                        commands.incrementAndGet();
                        String small = id + "-small";
                        acknowledged.add(small + "/" + editor.accepted("/api/strategies", """
                                {"strategyId": "%s", "title": "Edition %s", "organization": %s,
                                 "period": {"label": "2024–2028", "fromYear": 2024, "toYear": 2028}, "effectiveDate": "2024-01-01"}"""
                                .formatted(small, small, ORGANIZATION)).version());
                        acknowledged.add(small + "/" + editor.accepted("/api/strategies/" + small + "/goals", """
                                {"elementId": "goal-1", "number": "1", "title": "Goal", "effectiveDate": "2024-01-01"}""").version());
                        for (int r = 0; r < 20; r++) {
                            acknowledged.add(small + "/" + editor.accepted("/api/strategies/" + small + "/goals/goal-1/revise", """
                                    {"number": "1", "title": "Goal, revision %d", "effectiveDate": "2024-01-02", "rationale": "clearer"}"""
                                    .formatted(r)).version());
                        }
                        events.addAndGet(22);
                        commands.addAndGet(22);
                    }
                    return null;
                }));
            }
            for (Future<?> f : load) {
                f.get();
            }
            writers.shutdown();
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            long acknowledgedAt = System.nanoTime();
            awaitCaughtUp(Duration.ofMinutes(2));
            double catchUpSeconds = (System.nanoTime() - acknowledgedAt) / 1e9;
            loading.set(false);
            monitor.join();

            try {
                reader.awaitChanges(acknowledged.size(), Duration.ofMinutes(2));
            } catch (AssertionError e) {
                Set<String> missing = new HashSet<>(acknowledged);
                reader.changes().forEach(missing::remove);
                throw new AssertionError(e.getMessage() + "; missing " + missing, e);
            }
            double deliveredSeconds = (System.nanoTime() - acknowledgedAt) / 1e9;
            assertThat(new HashSet<>(reader.changes())).as("the reading subscriber got every change").isEqualTo(acknowledged);
            assertThat(reader.changes()).as("each once").hasSize(acknowledged.size());
            // A stalled stream is ended once it has taken no bytes for the stall timeout (15 s) with events waiting.
            long endDeadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (metric(TOO_SLOW) < STALLED && System.nanoTime() < endDeadline) {
                Thread.sleep(250);
            }
            double endedSeconds = (System.nanoTime() - acknowledgedAt) / 1e9;
            double ended = metric(TOO_SLOW);
            System.out.printf("[liveload] %d commands (%d events) by %d writers in %.1f s (%.0f events/s) with %d clients "
                            + "that never read: projection lag at most %d events, caught up %.1f s after the last "
                            + "acknowledgement; the reading subscriber had every change %.1f s after it; %.0f stalled streams "
                            + "ended TOO_SLOW by %.1f s after it%n", commands.get(), events.get(), WRITERS, loadSeconds,
                    events.get() / loadSeconds, STALLED, maxLag.get(), catchUpSeconds, deliveredSeconds, ended, endedSeconds);
            assertThat(events.get()).as("the load was as large as intended, within its time limit").isGreaterThanOrEqualTo(EVENTS);
            assertThat(ended).as("every client that never read was ended").isGreaterThanOrEqualTo(STALLED);
        } finally {
            for (StalledSubscriber client : stalled) {
                client.close();
            }
        }
    }

    @Test
    void connectionsClientsDropAreReleasedWithinSeconds() throws Exception {
        int port = services.query().port();
        double before = metric(OPEN);
        List<StalledSubscriber> clients = new ArrayList<>();
        for (String user : List.of("viewer", "auditor", "admin")) {
            for (int i = 0; i < 10; i++) {
                clients.add(new StalledSubscriber(port, "/api/activity/stream", user));
            }
        }
        await("all streams open").atMost(Duration.ofSeconds(30)).until(() -> metric(OPEN) >= before + clients.size());
        long dropped = System.nanoTime();
        for (StalledSubscriber client : clients) {
            client.close();
        }
        await("the dropped connections released").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .until(() -> metric(OPEN) <= before);
        System.out.printf("[liveload] %d streams whose clients dropped the connection were released %.1f s later%n",
                clients.size(), (System.nanoTime() - dropped) / 1e9);
    }

    private void awaitCaughtUp(Duration timeout) {
        await("the projection caught up").atMost(timeout)
                .until(() -> admin.read("/api/admin/projections/editions").get("caughtUp").asBoolean());
    }

    private double metric(Pattern pattern) {
        Matcher m = pattern.matcher(admin.get("/actuator/prometheus").body());
        return m.find() ? Double.parseDouble(m.group(m.groupCount())) : 0;
    }
}
