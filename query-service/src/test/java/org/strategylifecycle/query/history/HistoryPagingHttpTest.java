package org.strategylifecycle.query.history;

import org.strategylifecycle.query.projection.BatchedWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.query.QueryHttpTestSupport;
import org.strategylifecycle.query.config.TrackingPositions;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walking the history and the activity feed by cursor over real HTTP, while new changes are
 * recorded, including one whose transaction commits after a later one's.
 */
class HistoryPagingHttpTest extends QueryHttpTestSupport {

    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private TrackingPositions positions;

    @Test
    void anEditionsHistoryIsWalkedToTheEndWhileChangesArrive() throws Exception {
        String id = "paging-history";
        draft(id, "walker");
        for (int goal = 1; goal <= 5; goal++) {
            addGoal(id, goal, "walker");
        }
        awaitCaughtUp();

        List<Long> walked = new ArrayList<>();
        String next = "/api/strategies/" + id + "/history?size=2";
        int added = 5;
        while (next != null) {
            HttpResponse<String> answer = get(next, "auditor");
            assertThat(answer.statusCode()).as(next).isEqualTo(200);
            JsonNode page = json(answer);
            page.get("changes").forEach(change -> walked.add(change.get("sequenceNumber").asLong()));
            next = page.get("next").isNull() ? null : page.get("next").asString();
            assertThat(page.get("hasMore").asBoolean()).isEqualTo(next != null);
            if (next != null) {
                assertThat(next).contains("size=2").contains("cursor=");
                assertThat(answer.headers().firstValue("Link")).hasValue("<" + next + ">; rel=\"next\"");
            } else {
                assertThat(answer.headers().firstValue("Link")).isEmpty();
            }
            if (added < 8) { // changes recorded while the walk goes on are reached at its end
                addGoal(id, ++added, "walker");
                awaitCaughtUp();
            }
        }
        assertThat(walked).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void theActivityFeedIsWalkedNewestFirstWhileChangesArrive() throws Exception {
        for (int i = 0; i < 4; i++) {
            draft("paging-activity-" + i, "feeder");
        }
        awaitCaughtUp();

        List<Long> walked = new ArrayList<>();
        String next = "/api/activity?limit=3";
        int added = 0;
        while (next != null) {
            HttpResponse<String> answer = get(next, "auditor");
            assertThat(answer.statusCode()).as(next).isEqualTo(200);
            json(answer).forEach(change -> walked.add(change.get("position").asLong()));
            next = answer.headers().firstValue("Link").map(link -> link.substring(1, link.indexOf('>'))).orElse(null);
            if (added < 3) { // newer changes do not shift the pages still to come
                draft("paging-activity-new-" + added++, "feeder");
                awaitCaughtUp();
            }
        }
        assertThat(walked.get(0)).isGreaterThanOrEqualTo(
                jdbc.sql("select global_index from query.change where aggregate_id = 'paging-activity-3'").query(Long.class).single());
        assertThat(walked).containsExactlyElementsOf(jdbc.sql(
                "select global_index from query.change where global_index <= :top order by global_index desc")
                .param("top", walked.get(0)).query(Long.class).list());
    }

    @Test
    void aChangeCommittedLateIsNotSteppedOver() throws Exception {
        for (String id : List.of("late-a", "late-b", "late-c")) {
            draft(id, "late-walker");
        }
        awaitCaughtUp();
        JsonNode first = json(get("/api/history?actor=late-walker&size=1", "auditor"));
        assertThat(first.at("/changes/0/strategyId").asString()).isEqualTo("late-a");

        // late-a's goal takes its event-store position first and commits last, after late-b's goal
        // (PostgreSQL hands out positions before commit): the projection applies late-b's first.
        CountDownLatch positioned = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            addGoal("late-a", 1, "late-walker");
            positioned.countDown();
            await(commit);
        }));
        assertThat(positioned.await(10, TimeUnit.SECONDS)).isTrue();
        addGoal("late-b", 1, "late-walker");
        long lateB = awaitChange("late-b", 1);
        awaitEverySegmentPast(lateB);

        JsonNode meanwhile = json(get("/api/history?actor=late-walker", "auditor"));
        assertThat(meanwhile.get("changes").valueStream().map(c -> c.get("strategyId").asString()).toList())
                .as("late-b's goal waits until late-a's, before it, is there")
                .containsExactly("late-a", "late-b", "late-c");
        assertThat(meanwhile.get("position").asLong()).isLessThan(lateB);
        assertThat(json(get("/api/activity?limit=500", "auditor")).valueStream().map(c -> c.get("position").asLong()))
                .doesNotContain(lateB);

        commit.countDown();
        slow.get(10, TimeUnit.SECONDS);
        awaitHistoryAt(lateB);
        List<String> walked = new ArrayList<>(List.of("late-a/0"));
        for (String next = first.get("next").asString(); next != null; ) {
            JsonNode page = json(get(next, "auditor"));
            page.get("changes").forEach(c -> walked.add(c.get("strategyId").asString() + "/" + c.get("sequenceNumber").asLong()));
            next = page.get("next").isNull() ? null : page.get("next").asString();
        }
        assertThat(walked).containsExactly("late-a/0", "late-b/0", "late-c/0", "late-a/1", "late-b/1");
    }

    @Test
    void aCursorNotHandedOutIsRefused() {
        for (String path : List.of("/api/history?cursor=nonsense", "/api/activity?cursor=%21%21",
                "/api/activity?cursor=" + new HistoryCursor(HistoryCursor.Direction.FORWARD, 3, "late-a", 0).encode(),
                "/api/history?size=0", "/api/activity?limit=501")) {
            HttpResponse<String> answer = get(path, "auditor");
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(json(answer).get("code").asString()).as(path).isEqualTo("INVALID_VALUE");
        }
    }

    @Test
    void unknownQueryParametersAreRefused() {
        draft("paging-params", "editor");
        for (String path : List.of("/api/strategies?status=ADOPTED", "/api/history?actr=editor", "/api/activity?page=2",
                "/api/strategies/paging-params/history?page=1", "/api/strategies/paging-params?knowAt=2024-01-01T00:00:00Z",
                "/api/lines?lineId=x")) {
            HttpResponse<String> answer = get(path, "auditor");
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = json(answer);
            assertThat(problem.get("code").asString()).as(path).isEqualTo("UNKNOWN_PARAMETER");
            assertThat(problem.get("detail").asString()).contains(path.substring(path.indexOf('?') + 1, path.indexOf('=')));
        }
        for (String path : List.of("/api/strategies", "/api/history?actor=editor&size=5", "/api/activity?limit=5",
                "/api/strategies/paging-params/history?elementId=x&from=2024-01-01")) {
            assertThat(get(path, "auditor").statusCode()).as(path).isEqualTo(200);
        }
    }

    private void draft(String id, String actor) {
        publish(id, 0, new StrategyDrafted(id, null, "Paging " + id, new Organization("OPR", "Office of Professional Responsibility", "CBP"),
                new Period("2024–2028", 2024, 2028), false, by(actor)));
    }

    private void addGoal(String id, int number, String actor) {
        publish(id, number, new GoalAdded(id, "goal-" + number, Integer.toString(number), "Goal " + number, null, null, number, by(actor)));
    }

    private static Change by(String actor) {
        return new Change(LocalDate.parse("2024-01-01"), actor, "as published", null, ChangeKind.REVISION);
    }

    /** The position of a change once the projection has applied it. */
    private long awaitChange(String aggregateId, long sequence) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<Long> position = jdbc.sql("select global_index from query.change where aggregate_id = :a and sequence_number = :s")
                    .param("a", aggregateId).param("s", sequence).query(Long.class).list();
            if (!position.isEmpty()) {
                return position.get(0);
            }
            assertThat(System.nanoTime()).as("%s/%d applied", aggregateId, sequence).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Until the history says it holds every change up to {@code position}, as a client would wait. */
    private void awaitHistoryAt(long position) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (json(get("/api/history?size=1", "auditor")).get("position").asLong() < position) {
            assertThat(System.nanoTime()).as("history at %d: %s", position, positions.segments(BatchedWriter.GROUP))
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Until every segment of the projection has moved past {@code position} (each skips the other's events). */
    private void awaitEverySegmentPast(long position) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (positions.position(BatchedWriter.GROUP) < position) {
            assertThat(System.nanoTime()).as("segments past %d: %s", position, positions.segments(BatchedWriter.GROUP))
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
