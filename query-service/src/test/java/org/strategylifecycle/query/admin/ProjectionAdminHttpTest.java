package org.strategylifecycle.query.admin;

import org.strategylifecycle.query.projection.BatchedWriter;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.strategylifecycle.api.common.MeasureType;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.goal.GoalRevised;
import org.strategylifecycle.api.line.EditionJoinedLine;
import org.strategylifecycle.api.line.StrategyLineEstablished;
import org.strategylifecycle.api.measure.MeasureActualRecorded;
import org.strategylifecycle.api.measure.MeasureDefined;
import org.strategylifecycle.api.strategy.StrategyAdopted;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.query.QueryHttpTestSupport;
import org.strategylifecycle.query.ReadModels;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operating the projection over real HTTP: its status with both segments, and the documented
 * rebuild: read models built incrementally from events, rebuilt through the admin endpoint, equal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionAdminHttpTest extends QueryHttpTestSupport {

    private static final String LINE = "admin-line";
    private static final int EDITIONS = 6;

    @Autowired
    EventProcessingConfiguration processing;

    @BeforeAll
    void history() throws Exception {
        publish(LINE, 0, new StrategyLineEstablished(LINE, "Admin test line", "CBP", change("2019-01-01")));
        for (int i = 0; i < EDITIONS; i++) {
            String id = "admin-" + i;
            publish(id, 0, new StrategyDrafted(id, LINE, "Edition " + i,
                    new Organization("CBP", "U.S. Customs and Border Protection", "DHS"),
                    new Period("20" + (20 + i), 2020 + i, 2024 + i), false, change("2019-10-01")));
            publish(LINE, i + 1, new EditionJoinedLine(LINE, id, new Period("20" + (20 + i), 2020 + i, 2024 + i),
                    change("2019-10-01")));
            publish(id, 1, new GoalAdded(id, "goal-1", "1", "Protect", null, null, 1, change("2019-10-01")));
            publish(id, 2, new StrategyAdopted(id, change("2020-01-01")));
            publish(id, 3, new GoalRevised(id, "goal-1", "1", "Protect and facilitate", null, null, change("2021-01-01")));
            publish(id, 4, new MeasureDefined(id, "measure-1", "goal-1", null, "Seizures", null, MeasureType.OUTPUT,
                    "Output", "count", 1, change("2021-01-01")));
            publish(id, 5, new MeasureActualRecorded(id, "measure-1", "FY2021", new BigDecimal(i), null, false,
                    change("2021-10-01")));
        }
        awaitCaughtUp();
    }

    @Test
    void statusShowsBothSegmentsHeldHereAndCaughtUp() {
        HttpResponse<String> answer = get("/api/admin/projections", "admin");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode editions = json(answer).get(0);
        assertThat(editions.get("name").asString()).isEqualTo(BatchedWriter.GROUP);
        assertThat(editions.get("running").asBoolean()).isTrue();
        assertThat(editions.get("segments")).hasSize(2);
        for (JsonNode segment : editions.get("segments")) {
            assertThat(segment.get("claimedHere").asBoolean()).isTrue();
            assertThat(segment.get("owner").asString()).isNotBlank();
        }
        assertThat(editions.get("head").asLong()).isEqualTo(
                jdbc.sql("select max(global_index) from public.domain_event_entry").query(Long.class).single());
        assertThat(editions.get("position").asLong()).isEqualTo(editions.get("head").asLong());
        assertThat(editions.get("caughtUp").asBoolean()).isTrue();
        assertThat(json(get("/api/strategies/admin-0", "viewer")).get("position").asLong())
                .isEqualTo(editions.get("position").asLong());
    }

    @Test
    void eventsOfOneAggregateGoToOneSegmentInOrder() {
        var policy = processing.sequencingPolicy(BatchedWriter.GROUP);
        var first = new GenericDomainEventMessage<>("StrategyEdition", "admin-0", 0, "a");
        var later = new GenericDomainEventMessage<>("StrategyEdition", "admin-0", 5, "b");
        var other = new GenericDomainEventMessage<>("StrategyLine", LINE, 1, "c");
        assertThat(policy.getSequenceIdentifierFor(first)).isEqualTo("admin-0")
                .isEqualTo(policy.getSequenceIdentifierFor(later));
        assertThat(policy.getSequenceIdentifierFor(other)).isEqualTo(LINE);
        for (int i = 0; i < EDITIONS; i++) {
            String id = "admin-" + i;
            assertThat(jdbc.sql("select version from query.strategy where strategy_id = :id").param("id", id)
                    .query(Long.class).single()).isEqualTo(jdbc.sql(
                            "select max(sequence_number) from public.domain_event_entry where aggregate_identifier = :id")
                    .param("id", id).query(Long.class).single());
        }
    }

    @Test
    void theRebuildEndpointRebuildsEqualReadModels() throws Exception {
        awaitCaughtUp();
        String incremental = ReadModels.digest(jdbc);
        long head = json(get("/api/admin/projections/editions", "admin")).get("head").asLong();

        HttpResponse<String> accepted = post("/api/admin/projections/editions/rebuild", "admin");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.headers().firstValue("Location")).hasValue("http://localhost:8082/api/admin/projections/editions");
        assertThat(json(accepted).get("status").asString()).isEqualTo("/api/admin/projections/editions");

        JsonNode status = awaitRebuilt(head);
        assertThat(status.get("segments")).hasSize(2);
        assertThat(status.get("caughtUp").asBoolean()).isTrue();
        assertThat(status.get("replaying").asBoolean()).as("until an event newer than the rebuild arrives").isTrue();
        assertThat(ReadModels.digest(jdbc)).isEqualTo(incremental);

        publish("admin-0", 6, new GoalRevised("admin-0", "goal-1", "1", "Protect", null, null, change("2022-01-01")));
        awaitCaughtUp();
        JsonNode after = json(get("/api/admin/projections/editions", "admin"));
        assertThat(after.get("replaying").asBoolean()).isFalse();
        assertThat(json(get("/api/strategies/admin-0", "viewer")).at("/goals/0/title").asString()).isEqualTo("Protect");
    }

    /**
     * Each read model rebuilds alone: a row no event made is put in every read model's table first;
     * the rebuild empties only the rebuilt model's table (its marker is gone, the others' stay), and
     * the replay gives it back the rows it had.
     */
    @Test
    void eachReadModelRebuildsAloneToTheSameRows() throws Exception {
        awaitCaughtUp();
        String incremental = ReadModels.digest(jdbc);
        for (String readModel : List.of("links", "measures", "annotations", "editions")) {
            long head = json(get("/api/admin/projections/editions", "admin")).get("head").asLong();
            MARKERS.values().forEach(insert -> jdbc.sql(insert).update());
            HttpResponse<String> accepted = post("/api/admin/projections/editions/rebuild?readModel=" + readModel, "admin");
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            awaitRebuilt(head);
            for (String model : MARKERS.keySet()) {
                String table = MARKERS.get(model).replaceFirst("(?s)insert into query\\.(\\w+).*", "$1");
                String key = table.equals("change") ? "aggregate_id" : "strategy_id";
                long markers = jdbc.sql("delete from query." + table + " where " + key + " = 'marker'").update();
                assertThat(markers).as("%s's marker after rebuilding %s", model, readModel)
                        .isEqualTo(model.equals(readModel) ? 0 : 1);
            }
            assertThat(ReadModels.digest(jdbc)).as("after rebuilding %s", readModel).isEqualTo(incremental);
        }
        HttpResponse<String> unknown = post("/api/admin/projections/editions/rebuild?readModel=nope", "admin");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("code").asString()).isEqualTo("PROJECTION_NOT_FOUND");
        assertThat(json(unknown).get("detail").asString()).contains("annotations, editions, links, measures");
    }

    /**
     * An edition read while a read model is rebuilt shows what the tables hold then (here: no actual
     * yet), and that answer is not kept: once rebuilt, the edition reads whole again, though its
     * version never moved.
     */
    @Test
    void anEditionReadDuringARebuildIsNotKeptAsItsCurrentAnswer() throws Exception {
        awaitCaughtUp();
        JsonNode whole = json(get("/api/strategies/admin-1", "viewer"));
        assertThat(whole.at("/goals/0/members/0/actuals")).hasSize(1);
        TrackingEventProcessor processor = processing
                .eventProcessor(BatchedWriter.GROUP, TrackingEventProcessor.class).orElseThrow();
        processor.shutDown();
        try {
            processor.resetTokens("measures");
            assertThat(json(get("/api/strategies/admin-1", "viewer")).at("/goals/0/members/0/actuals")).isEmpty();
        } finally {
            processor.start();
        }
        awaitCaughtUp();
        JsonNode rebuilt = json(get("/api/strategies/admin-1", "viewer"));
        assertThat(rebuilt.at("/goals/0/members/0/actuals")).hasSize(1);
        assertThat(rebuilt.get("goals")).isEqualTo(whole.get("goals"));
    }

    /** A row of each read model's table that no event made. */
    private static final Map<String, String> MARKERS = Map.of(
            "editions", """
                    insert into query.change (aggregate_id, sequence_number, global_index, event_type, change_kind,
                        effective_date, recorded_at, actor) values ('marker', 0, -7, 'Marker', 'REVISION', '2020-01-01', now(), 'x')""",
            "links", """
                    insert into query.link (strategy_id, link_id, link_type, basis, effective_date)
                    values ('marker', 'marker', 'LINEAGE', 'STATED', '2020-01-01')""",
            "measures", """
                    insert into query.measure_reading (strategy_id, sequence_number, element_id, reading, period, replaces,
                        effective_date, recorded_at) values ('marker', 0, 'm', 'TARGET', 'FY', false, '2020-01-01', now())""",
            "annotations", """
                    insert into query.annotation (strategy_id, annotation_id, subject_kind, subject_id, uncertainty,
                        alternatives, chosen_reading, reason, effective_date, recorded_at)
                    values ('marker', 'marker', 'EDITION', 'marker', 'u', '[]', 'c', 'r', '2020-01-01', now())""");

    @Test
    void unknownProjectionsAndSegmentsHeldElsewhereAreProblems() {
        for (HttpResponse<String> answer : new HttpResponse[]{get("/api/admin/projections/nope", "admin"),
                post("/api/admin/projections/nope/rebuild", "admin")}) {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(json(answer).get("code").asString()).isEqualTo("PROJECTION_NOT_FOUND");
        }
        HttpResponse<String> notHere = post("/api/admin/projections/editions/segments/7/release", "admin");
        assertThat(notHere.statusCode()).isEqualTo(409);
        assertThat(json(notHere).get("code").asString()).isEqualTo("SEGMENT_NOT_CLAIMED");
        assertThat(get("/api/admin/projections/editions/rebuild", "admin").statusCode()).isEqualTo(405);
    }

    /** Polls the status the rebuild answer points to until every segment has passed {@code head}. */
    private JsonNode awaitRebuilt(long head) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode status = json(get("/api/admin/projections/editions", "admin"));
            if (status.get("position").asLong() >= head) {
                return status;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the rebuild did not finish: " + status);
            }
            Thread.sleep(100);
        }
    }
}
