package org.strategylifecycle.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.strategylifecycle.devdb.TestDatabase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two query-service processes (separate JVMs) on one database, each projecting one segment of the
 * editions processor, with live subscribers on both: every subscriber gets every change of what it
 * follows, whichever process projected it, exactly once and per edition in order; a subscriber that
 * drops out resumes on the other process with its Last-Event-ID and misses nothing. Subclasses
 * choose the event store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LiveUpdatesAcrossInstances {

    private static final String ORGANIZATION = """
            {"code": "CBP", "name": "U.S. Customs and Border Protection", "parentCode": "DHS"}""";
    private static final Duration DELIVERY = Duration.ofSeconds(90);
    private static final int WRITERS = 4;
    private static final int EDITIONS_PER_WRITER = 4;

    private TestDatabase.Connection database;
    private ServiceProcess command;
    private ServiceProcess first;
    private ServiceProcess second;
    private Api editor;

    /** The name of the databases and logs; the environment that chooses the event store. */
    abstract String name();

    abstract Map<String, String> environment() throws Exception;

    /** Whether this deployment can run here; if not, the test is skipped saying why. */
    boolean available() {
        return true;
    }

    String unavailable() {
        return "";
    }

    @BeforeAll
    void start() throws Exception {
        if (!available()) {
            return;
        }
        Map<String, String> environment = environment();
        database = TestDatabase.create(name());
        command = ServiceProcess.start(name() + "-command-service", ServiceProcess.COMMAND_JAR, database, environment)
                .awaitHealthy(Duration.ofMinutes(3));
        first = ServiceProcess.start(name() + "-query-service-1", ServiceProcess.QUERY_JAR, database, environment);
        second = ServiceProcess.start(name() + "-query-service-2", ServiceProcess.QUERY_JAR, database, environment);
        first.awaitHealthy(Duration.ofMinutes(3));
        second.awaitHealthy(Duration.ofMinutes(3));
        editor = new Api(command.port(), "editor");
    }

    /** Stops what {@link #environment()} started, once the services have stopped. */
    void stopEnvironment() throws Exception {
    }

    @AfterAll
    void stop() throws Exception {
        for (ServiceProcess process : new ServiceProcess[]{second, first, command}) {
            if (process != null) {
                process.close();
            }
        }
        stopEnvironment();
    }

    @Test
    void everySubscriberOnEitherProcessGetsEveryChangeAndResumesOnTheOtherWithoutAGap() throws Exception {
        Assumptions.assumeTrue(available(), this::unavailable);
        EditionSegments.split(database, first, second);
        String followed = name() + "-followed";
        draft(followed);
        editor.accepted("/api/strategies/" + followed + "/goals", """
                {"elementId": "goal-1", "number": "1", "title": "Goal", "effectiveDate": "2024-01-01"}""");
        for (ServiceProcess process : List.of(first, second)) {
            new Api(process.port(), "viewer").read("/api/strategies/" + followed + "?minVersion=1");
        }

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (LiveSubscriber allOnFirst = LiveSubscriber.open(first.port(), "/api/activity/stream", "auditor", null);
             LiveSubscriber editionOnFirst = LiveSubscriber.open(first.port(), "/api/strategies/" + followed + "/changes", "viewer", null);
             LiveSubscriber editionOnSecond = LiveSubscriber.open(second.port(), "/api/strategies/" + followed + "/changes", "viewer", null)) {
            LiveSubscriber allOnSecond = LiveSubscriber.open(second.port(), "/api/activity/stream", "auditor", null);
            long started = System.nanoTime();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> load = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                load.add(writers.submit(() -> write(writer, followed, acknowledged)));
            }
            // Mid-load, one subscriber drops out and resumes on the other process from its last event id.
            long deadline = System.nanoTime() + DELIVERY.toNanos();
            while (allOnSecond.changes().size() < 10 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            allOnSecond.close();
            List<String> beforeDropping = allOnSecond.changes();
            try (LiveSubscriber resumed = LiveSubscriber.open(first.port(), "/api/activity/stream", "auditor",
                    allOnSecond.lastEventId())) {
                for (Future<?> f : load) {
                    f.get();
                }
                writers.shutdown();
                double loadSeconds = (System.nanoTime() - started) / 1e9;
                int edition = (int) acknowledged.stream().filter(c -> c.startsWith(followed + "/")).count();

                allOnFirst.awaitChanges(acknowledged.size(), DELIVERY);
                resumed.awaitChanges(acknowledged.size() - beforeDropping.size(), DELIVERY);
                editionOnFirst.awaitChanges(edition, DELIVERY);
                editionOnSecond.awaitChanges(edition, DELIVERY);
                double deliveredSeconds = (System.nanoTime() - started) / 1e9;
                Thread.sleep(1000); // a change delivered twice would come now

                assertExactly(allOnFirst.changes(), acknowledged);
                List<String> joined = new ArrayList<>(beforeDropping);
                joined.addAll(resumed.changes());
                assertExactly(joined, acknowledged);
                Set<String> ofEdition = new HashSet<>();
                acknowledged.stream().filter(c -> c.startsWith(followed + "/")).forEach(ofEdition::add);
                for (LiveSubscriber subscriber : List.of(editionOnFirst, editionOnSecond)) {
                    assertExactly(subscriber.changes(), ofEdition);
                    assertThat(subscriber.changes()).as("in version order")
                            .isSortedAccordingTo((a, b) -> Long.compare(version(a), version(b)));
                }
                System.out.printf("[%s] %d changes by %d writers in %.1f s, on two query-services with one segment each;"
                                + " every subscriber had all within %.1f s (the resumed one had %d before dropping out, %d after)%n",
                        name(), acknowledged.size(), WRITERS, loadSeconds, deliveredSeconds, beforeDropping.size(),
                        resumed.changes().size());
            }
        }
    }

    private void write(int writer, String followed, Set<String> acknowledged) {
        for (int e = 0; e < EDITIONS_PER_WRITER; e++) {
            String id = name() + "-" + writer + "-" + e;
            acknowledged.add(change(id, draft(id)));
            acknowledged.add(change(id, editor.accepted("/api/strategies/" + id + "/goals", """
                    {"elementId": "goal-1", "number": "1", "title": "Goal of %s", "effectiveDate": "2024-01-01"}"""
                    .formatted(id))));
            for (int r = 0; r < 3; r++) {
                acknowledged.add(change(id, editor.accepted("/api/strategies/" + id + "/goals/goal-1/revise", """
                        {"number": "1", "title": "Goal of %s, revision %d", "effectiveDate": "2024-01-0%d",
                         "rationale": "clearer"}""".formatted(id, r, r + 2))));
            }
            acknowledged.add(change(followed, editor.accepted("/api/strategies/" + followed + "/goals/goal-1/revise", """
                    {"number": "1", "title": "Goal, as %s wrote", "effectiveDate": "2024-02-01", "rationale": "clearer"}"""
                    .formatted(id))));
        }
    }

    private Api.Answer draft(String id) {
        return editor.accepted("/api/strategies", """
                {"strategyId": "%s", "title": "Edition %s", "organization": %s,
                 "period": {"label": "2024–2028", "fromYear": 2024, "toYear": 2028}, "effectiveDate": "2024-01-01"}"""
                .formatted(id, id, ORGANIZATION));
    }

    /** Each of these commands records one event: the edition's, at the version answered. */
    private static String change(String edition, Api.Answer answer) {
        return edition + "/" + answer.version();
    }

    private static long version(String change) {
        return Long.parseLong(change.substring(change.lastIndexOf('/') + 1));
    }

    private static void assertExactly(List<String> received, Set<String> expected) {
        assertThat(new HashSet<>(received)).as("every change").isEqualTo(expected);
        List<String> repeated = new ArrayList<>(received);
        new HashSet<>(received).forEach(repeated::remove);
        assertThat(repeated).as("no change twice").isEqualTo(Collections.emptyList());
    }
}
