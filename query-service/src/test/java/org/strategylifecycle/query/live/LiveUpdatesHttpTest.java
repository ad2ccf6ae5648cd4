package org.strategylifecycle.query.live;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.common.StrategyJson;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.goal.GoalRevised;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.query.QueryHttpTestSupport;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live updates over real HTTP on a real PostgreSQL: refusals before a stream opens, every change to
 * every subscriber, resumption with Last-Event-ID, a client that stops reading, the limit per login
 * and a rebuild.
 */
class LiveUpdatesHttpTest extends QueryHttpTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    private MeterRegistry meters;
    @Autowired
    private ChangeLog log;
    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void unknownEditionsAndForeignIdsAreRefusedBeforeAStreamOpens() {
        HttpResponse<String> unknown = send(request("/api/strategies/live-none/changes", "viewer")
                .header("Accept", "text/event-stream").GET());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(unknown).get("code").asString()).isEqualTo("STRATEGY_NOT_FOUND");

        HttpResponse<String> notAStream = send(request("/api/activity/stream", "viewer")
                .header("Accept", "application/json").GET());
        assertThat(notAStream.statusCode()).isEqualTo(406);
        assertThat(json(notAStream).get("code").asString()).isEqualTo("NOT_ACCEPTABLE");

        for (String id : List.of("x", "12", "1:2:3", "-5:1", "1:-2", "99999999999999999999:1", "999999999999:1")) {
            HttpResponse<String> bad = send(request("/api/activity/stream", "viewer")
                    .header("Accept", "text/event-stream").header("Last-Event-ID", id).GET());
            assertThat(bad.statusCode()).as(id).isEqualTo(400);
            assertThat(json(bad).get("code").asString()).isEqualTo("INVALID_LAST_EVENT_ID");
        }
    }

    @Test
    void everySubscriberGetsEveryChangeOfWhatItFollowsAndOnlyAuditorsSeeActors() throws Exception {
        draft("live-a");
        awaitCaughtUp();
        try (SseClient viewer = subscribe("/api/strategies/live-a/changes", "viewer", null);
             SseClient auditor = subscribe("/api/activity/stream", "auditor", null)) {
            assertThat(data(subscribed(viewer)).get("actors").asBoolean()).isFalse();
            JsonNode all = data(subscribed(auditor));
            assertThat(all.get("actors").asBoolean()).isTrue();
            assertThat(all.get("strategyId").isNull()).isTrue();

            publish("live-a", 1, new GoalAdded("live-a", "goal-1", "1", "Protect", null, null, 1, change("2024-01-01")));
            draft("live-b");
            publish("live-a", 2, new GoalRevised("live-a", "goal-1", "1", "Protect more", null, null, change("2024-02-01")));

            List<JsonNode> edition = changes(viewer, 2);
            assertThat(edition).extracting(n -> n.get("sequenceNumber").asLong()).containsExactly(1L, 2L);
            assertThat(edition).allSatisfy(n -> {
                assertThat(n.get("strategyId").asString()).isEqualTo("live-a");
                assertThat(n.has("actor")).as("no actor for a viewer").isFalse();
            });
            assertThat(edition.get(0).get("event").asString()).isEqualTo("GoalAdded");
            assertThat(edition.get(0).get("elementId").asString()).isEqualTo("goal-1");

            List<JsonNode> everything = changes(auditor, 3);
            assertThat(everything).extracting(n -> n.get("aggregateId").asString() + "/" + n.get("sequenceNumber").asLong())
                    .containsExactlyInAnyOrder("live-a/1", "live-a/2", "live-b/0");
            assertThat(everything).allSatisfy(n -> assertThat(n.get("actor").asString()).isEqualTo("editor"));
        }
    }

    @Test
    void aReconnectWithLastEventIdGetsWhatItMissedWithoutGapOrRepeat() throws Exception {
        draft("live-r");
        awaitCaughtUp();
        String idBeforeAnyChange;
        String idAfterTwo;
        try (SseClient first = subscribe("/api/strategies/live-r/changes", "viewer", null)) {
            idBeforeAnyChange = subscribed(first).id();
            revise("live-r", 1, 3);
            List<SseClient.Event> three = first.until(e -> e.type().equals("change") && sequence(e) == 3, WAIT);
            assertThat(three).extracting(LiveUpdatesHttpTest::sequence).containsExactly(1L, 2L, 3L);
            idAfterTwo = three.get(1).id();
        }
        // Changes 4-7 are written while no stream is open, so the feed does not read them (ChangeFeed):
        // the resumed streams below get them from the history.
        awaitNoStreams();
        revise("live-r", 4, 4);
        awaitCaughtUp();

        try (SseClient resumed = subscribe("/api/strategies/live-r/changes", "viewer", idAfterTwo)) {
            assertThat(subscribed(resumed).id()).isEqualTo(idAfterTwo);
            assertThat(resumed.until(e -> sequence(e) == 7, WAIT)).extracting(LiveUpdatesHttpTest::sequence)
                    .containsExactly(3L, 4L, 5L, 6L, 7L);
        }
        try (SseClient fromTheStart = subscribe("/api/strategies/live-r/changes?lastEventId=" + idBeforeAnyChange,
                "viewer", null)) {
            subscribed(fromTheStart);
            assertThat(fromTheStart.until(e -> sequence(e) == 7, WAIT)).extracting(LiveUpdatesHttpTest::sequence)
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
            revise("live-r", 8, 1);
            assertThat(sequence(fromTheStart.next(WAIT))).as("then live").isEqualTo(8L);
        }
    }

    @Test
    void aClientThatStopsReadingHoldsUpNeitherTheProjectionNorOthersAndIsEndedWithAFinalEvent() throws Exception {
        draft("live-s");
        awaitCaughtUp();
        String path = "/api/strategies/live-s/changes";
        double slowBefore = ended("TOO_SLOW");
        try (SseClient reader = subscribe(path, "auditor", null); SlowSseClient slow = new SlowSseClient(port, path, "viewer")) {
            subscribed(reader);
            // The slow client reads again as soon as the server has ended its stream: it gets what was
            // written before, then the final event, as a client that was only slow would.
            CompletableFuture<SlowSseClient.Answer> afterTheEnd = CompletableFuture.supplyAsync(() -> {
                try {
                    awaitEnded("TOO_SLOW", slowBefore, Duration.ofMinutes(5));
                    return slow.readToEnd();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long published = 0;
            // Each round is applied while the slow client reads nothing, its socket buffers full after a
            // few hundred changes (SmallSendBuffers, beside QueryHttpTestSupport); until the server ends its stream.
            for (int round = 0; round < 40 && !afterTheEnd.isDone(); round++) {
                revise("live-s", published + 1, 250);
                published += 250;
                awaitCaughtUp();
                Thread.sleep(200);
            }
            SlowSseClient.Answer answer = afterTheEnd.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            long last = published;
            System.out.printf("live updates: the client that stopped reading was ended after %d changes%n", published);
            List<SseClient.Event> all = reader.until(e -> sequence(e) == last, WAIT);
            assertThat(all).extracting(LiveUpdatesHttpTest::sequence)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, published).boxed().toList());

            assertThat(answer.statusLine()).contains(" 200");
            List<SseClient.Event> got = answer.events();
            assertThat(got.get(0).type()).isEqualTo("subscribed");
            SseClient.Event end = got.get(got.size() - 1);
            assertThat(end.type()).isEqualTo("end");
            assertThat(data(end).get("reason").asString()).isEqualTo("TOO_SLOW");
            List<SseClient.Event> changes = got.stream().filter(e -> e.type().equals("change")).toList();
            assertThat(changes).extracting(LiveUpdatesHttpTest::sequence)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, changes.size()).boxed().toList());
            String resumeFrom = changes.isEmpty() ? got.get(0).id() : changes.get(changes.size() - 1).id();
            assertThat(data(end).get("lastEventId").asString()).isEqualTo(resumeFrom);
            assertThat(end.id()).isEqualTo(resumeFrom);

            try (SseClient resumed = subscribe(path, "viewer", resumeFrom)) {
                subscribed(resumed);
                assertThat(resumed.until(e -> sequence(e) == last, WAIT)).extracting(LiveUpdatesHttpTest::sequence)
                        .containsExactlyElementsOf(LongStream.rangeClosed(changes.size() + 1, published).boxed().toList());
            }
        }
    }

    @Test
    void aLoginHoldsAtMostTheConfiguredNumberOfStreamsAndAClosedOneIsReleasedWithinSeconds() throws Exception {
        awaitNoStreams();
        List<SseClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                open.add(subscribe("/api/activity/stream", "editor", null));
                subscribed(open.get(i));
            }
            HttpResponse<String> refused = send(request("/api/activity/stream", "editor")
                    .header("Accept", "text/event-stream").GET());
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(json(refused).get("code").asString()).isEqualTo("TOO_MANY_STREAMS");
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Long.parseLong(seconds)).isPositive());
            try (SseClient other = subscribe("/api/activity/stream", "viewer", null)) {
                assertThat(other.response().statusCode()).as("another login has its own limit").isEqualTo(200);
            }

            open.remove(0).close();
            SseClient again = await("the closed stream released").atMost(WAIT).pollInterval(Duration.ofMillis(200))
                    .until(() -> subscribe("/api/activity/stream", "editor", null),
                            client -> client.response().statusCode() != 429);
            open.add(again);
            subscribed(again);
        } finally {
            for (SseClient client : open) {
                client.close();
            }
        }
    }

    @Test
    void aRebuildIsNotAnnouncedAsChangesAndAStreamResumedFromBeforeItIsToldToReload() throws Exception {
        draft("live-x");
        awaitCaughtUp();
        String beforeRebuild;
        try (SseClient before = subscribe("/api/strategies/live-x/changes", "viewer", null)) {
            beforeRebuild = subscribed(before).id();
        }
        try (SseClient during = subscribe("/api/activity/stream", "auditor", null)) {
            subscribed(during);
            long head = json(get("/api/admin/projections/editions", "admin")).get("head").asLong();
            assertThat(post("/api/admin/projections/editions/rebuild", "admin").statusCode()).isEqualTo(202);
            awaitPosition(head);
            publish("live-x", 1, new GoalAdded("live-x", "goal-1", "1", "After the rebuild", null, null, 1,
                    change("2024-01-01")));
            SseClient.Event first = during.next(WAIT);
            assertThat(first.type()).isEqualTo("change");
            assertThat(data(first).get("aggregateId").asString() + "/" + sequence(first)).as("no replayed row")
                    .isEqualTo("live-x/1");
        }
        try (SseClient resumed = subscribe("/api/strategies/live-x/changes", "viewer", beforeRebuild)) {
            subscribed(resumed);
            SseClient.Event reset = resumed.next(WAIT);
            assertThat(reset.type()).isEqualTo("reset");
            assertThat(data(reset).get("reason").asString()).isEqualTo("REBUILT");
        }
    }

    /**
     * Events that fill a gap in the event store are applied at the position the processor had
     * reached, so history rows can share one: the feed must still read each once, page after page.
     */
    @Test
    void rowsThatShareAPositionAreEachReadOnceHoweverThePagesFall() {
        Cursor start = log.now();
        jdbc.sql("""
                insert into query.change (aggregate_id, sequence_number, global_index, strategy_id, event_type,
                    change_kind, effective_date, recorded_at, actor)
                select 'live-gap', n, 0, 'live-gap', 'GoalRevised', 'REVISION', date '2024-01-01', now(), 'editor'
                from generate_series(1, 5) n""").update();
        List<Long> read = new ArrayList<>();
        Cursor at = start;
        for (int page = 0; page < 20 && read.size() < 5; page++) {
            ChangeLog.Page one = log.after(at, 1);
            one.rows().forEach(row -> read.add(row.notice().sequenceNumber()));
            at = one.next(at);
        }
        assertThat(read).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    /**
     * While a rebuild writes the history again and no row lies beyond the position it started from,
     * nothing in the history is news: the feed's pages come back empty, without reading what the
     * rebuild writes, and the feed moves up to the horizon. The rebuild's marks are set inside one
     * transaction, rolled back, so the other tests' history stays as it is.
     */
    @Test
    void whileEveryRowIsARebuildsReplayTheFeedReadsNone() throws Exception {
        draft("live-t");
        awaitCaughtUp();
        Cursor beginning = new Cursor(0, 0);
        assertThat(log.after(beginning, 10).rows()).as("the history of a service at work").isNotEmpty();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            // As a rebuild leaves them: every row written after the truncation, none beyond the position it recorded.
            jdbc.sql("""
                    update query.change_reset set reset_by = (select min(written_by) - 1 from query.change),
                                                  last_position = (select max(global_index) from query.change)""")
                    .update();
            ChangeLog.Page replays = log.after(beginning, 10);
            assertThat(replays.rows()).as("a history of replays only").isEmpty();
            assertThat(replays.next(beginning)).as("where the reader moves").isEqualTo(Cursor.before(replays.horizon()));
            assertThat(replays.waiting()).isFalse();
            jdbc.sql("update query.change_reset set last_position = last_position - 1").update();
            assertThat(log.after(beginning, 10).rows()).as("a row beyond the position the rebuild started from")
                    .isNotEmpty();
            jdbc.sql("""
                    update query.change_reset set reset_by = (select min(written_by) from query.change),
                                                  last_position = (select max(global_index) from query.change)""")
                    .update();
            assertThat(log.after(beginning, 10).rows()).as("a row of a transaction no later than the truncation")
                    .isNotEmpty();
            tx.setRollbackOnly();
        });
    }

    // ----- helpers -----

    private void draft(String id) {
        publish(id, 0, new StrategyDrafted(id, null, "Edition " + id, new Organization("CBP", "U.S. Customs and Border Protection", "DHS"),
                new Period("2024–2028", 2024, 2028), false, change("2024-01-01")));
    }

    /** Adds goal-1 at {@code from} when it is 1, then revisions, {@code count} events in all, in transactions of up to 250. */
    private void revise(String id, long from, long count) {
        List<EventMessage<?>> batch = new ArrayList<>();
        for (long seq = from; seq < from + count; seq++) {
            Object event = seq == 1 ? new GoalAdded(id, "goal-1", "1", "Goal", null, null, 1, change("2024-01-01"))
                    : new GoalRevised(id, "goal-1", "1", "Goal " + seq, null, null, change("2024-01-01"));
            batch.add(new GenericDomainEventMessage<>("StrategyEdition", id, seq, event));
            if (batch.size() == 250) {
                eventStore.publish(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            eventStore.publish(batch);
        }
    }

    private SseClient subscribe(String path, String user, String lastEventId) throws Exception {
        var request = request(path, user);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return SseClient.open(request);
    }

    private static SseClient.Event subscribed(SseClient client) throws InterruptedException {
        assertThat(client.response().statusCode()).isEqualTo(200);
        assertThat(client.response().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        SseClient.Event event = client.next(WAIT);
        assertThat(event.type()).isEqualTo("subscribed");
        assertThat(event.id()).isNotBlank();
        return event;
    }

    private static List<JsonNode> changes(SseClient client, int count) throws InterruptedException {
        List<JsonNode> changes = new ArrayList<>();
        while (changes.size() < count) {
            SseClient.Event event = client.next(WAIT);
            assertThat(event.type()).isEqualTo("change");
            changes.add(data(event));
        }
        return changes;
    }

    private static JsonNode data(SseClient.Event event) {
        return StrategyJson.mapper().readTree(event.data());
    }

    private static long sequence(SseClient.Event event) {
        return event.type().equals("change") ? data(event).get("sequenceNumber").asLong() : -1;
    }

    private double ended(String reason) {
        var counter = meters.find("strategy.live.streams.ended").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private void awaitEnded(String reason, double before, Duration timeout) {
        await("a stream ended " + reason).atMost(timeout).pollInterval(Duration.ofMillis(20))
                .until(() -> ended(reason) != before);
    }

    private void awaitNoStreams() {
        await("streams of other tests released").atMost(WAIT)
                .until(() -> meters.get("strategy.live.streams").gauge().value() <= 0);
    }

    private void awaitPosition(long head) {
        await("the rebuild finished").atMost(Duration.ofSeconds(60))
                .until(() -> json(get("/api/admin/projections/editions", "admin")).get("position").asLong() >= head);
    }
}
