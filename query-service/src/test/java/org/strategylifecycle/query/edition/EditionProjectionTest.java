package org.strategylifecycle.query.edition;

import org.strategylifecycle.query.projection.BatchedWriter;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.alignment.ObjectiveAligned;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.MeasureType;
import org.strategylifecycle.api.line.EditionJoinedLine;
import org.strategylifecycle.api.line.StrategyLineEstablished;
import org.strategylifecycle.api.lineage.LineageLinked;
import org.strategylifecycle.api.lineage.LineageRelation;
import org.strategylifecycle.api.objective.ObjectiveAdopted;
import org.strategylifecycle.api.strategy.StrategySuperseded;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.common.StrategyJson;
import org.strategylifecycle.api.correction.ElementCorrected;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.goal.GoalRevised;
import org.strategylifecycle.api.measure.MeasureActualRecorded;
import org.strategylifecycle.api.measure.MeasureDefined;
import org.strategylifecycle.api.strategy.StrategyAdopted;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.query.EventStoreDatabase;
import org.strategylifecycle.query.ReadModels;
import org.strategylifecycle.query.config.TrackingPositions;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edition projection against real PostgreSQL and over real HTTP: events are written into the
 * event store schema that command-service's migration creates, and read back through the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditionProjectionTest {

    private static final String ID = "cbp-test-2020";
    private static final String NEXT = "cbp-test-2024";
    private static final String LINE = "cbp-enterprise";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        EventStoreDatabase.register(registry, "query");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EditionProjection projection;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TrackingPositions positions;

    private Instant beforeCorrection;
    private GenericDomainEventMessage<GoalRevised> revision;

    @BeforeAll
    void recordHistory() throws Exception {
        publish(LINE, 0, new StrategyLineEstablished(LINE, "CBP enterprise strategy", "CBP", change("2019-10-01")));
        publish(LINE, 1, new EditionJoinedLine(LINE, ID, new Period("2020–2025", 2020, 2025), change("2019-10-01")));
        publish(0, new StrategyDrafted(ID, LINE, "CBP Strategy 2020–2025",
                new Organization("CBP", "U.S. Customs and Border Protection", "DHS"),
                new Period("2020–2025", 2020, 2025), false, change("2019-10-01")));
        publish(1, new GoalAdded(ID, "goal-1", "1", "Protetc the American people", null, null, 1, change("2019-10-01")));
        publish(2, new StrategyAdopted(ID, change("2020-01-01")));
        revision = publish(3, new GoalRevised(ID, "goal-1", "1", "Protect the American people and facilitate trade",
                null, null, change("2022-01-01")));
        publish(4, new MeasureDefined(ID, "measure-1", "goal-1", null, "Apprehensions", null, MeasureType.OUTPUT,
                "Output", "count", 1, change("2022-01-01")));
        publish(5, new MeasureActualRecorded(ID, "measure-1", "FY2022", new BigDecimal("120"), null, false, change("2022-10-01")));
        publish(6, new MeasureActualRecorded(ID, "measure-1", "FY2022", new BigDecimal("125"), null, true, change("2022-12-01")));
        Thread.sleep(50);
        beforeCorrection = Instant.now();
        Thread.sleep(50);
        publish(7, new ElementCorrected(ID, "goal-1", ElementType.GOAL, "1", "Protect the American people", null, null, null,
                new Change(LocalDate.parse("2020-01-01"), "auditor", "typo in the recorded title",
                        new Citation("CBP Strategy 2020–2025", "Goal 1", "7"), ChangeKind.CORRECTION)));
        publish(NEXT, 0, new StrategyDrafted(NEXT, LINE, "CBP Strategy 2024–2028",
                new Organization("CBP", "U.S. Customs and Border Protection", "DHS"),
                new Period("2024–2028", 2024, 2028), false, change("2023-06-01")));
        publish(LINE, 2, new EditionJoinedLine(LINE, NEXT, new Period("2024–2028", 2024, 2028), change("2023-06-01")));
        publish(NEXT, 1, new GoalAdded(NEXT, "goal-1", "1", "Counter terrorism", null, null, 1, change("2023-06-01")));
        publish(NEXT, 2, new ObjectiveAdopted(NEXT, "objective-1.1", "goal-1", "1.1", "Anticipate threats", null, 1,
                change("2023-06-01")));
        publish(NEXT, 3, new ObjectiveAligned(NEXT, "alignment-1", "objective-1.1",
                new AlignmentTarget(ID, "goal-1", null, null, null), LinkProvenance.stated(CITATION), change("2023-06-01")));
        publish(NEXT, 4, new ObjectiveAligned(NEXT, "alignment-2", "objective-1.1",
                new AlignmentTarget(null, null, "DHS Strategic Plan 2020–2024", "1.1", "Collect, Analyze, and Share"),
                LinkProvenance.stated(CITATION), change("2023-06-01")));
        publish(NEXT, 5, new LineageLinked(NEXT, "lineage-1", "goal-1", new ElementRef(ID, "goal-1"),
                LineageRelation.DERIVES_FROM, LinkProvenance.inferred("same number and subject"), change("2023-06-01")));
        publish(8, new StrategySuperseded(ID, NEXT, LINE, LinkProvenance.inferred("the next edition of the line"),
                new Change(LocalDate.parse("2024-01-01"), "editor", "CBP 2024–2028 follows", null, ChangeKind.REVISION)));
        awaitCaughtUp();
    }

    /** Auditors read everything this test asks for, history included. */
    private static final Citation CITATION = new Citation("CBP Strategy 2024–2028", "Appendix", "40");

    @Test
    void aLineListsItsEditionsAndSupersessions() throws Exception {
        JsonNode line = get("/api/lines/" + LINE);
        assertThat(line.get("editions").valueStream().map(e -> e.get("strategyId").asString()).toList())
                .containsExactly(ID, NEXT);
        assertThat(line.at("/supersessions/0/supersedingStrategyId").asString()).isEqualTo(NEXT);
        assertThat(line.at("/supersessions/0/basis").asString()).isEqualTo("INFERRED");
        assertThat(get("/api/strategies/" + ID).at("/strategy/status").asString()).isEqualTo("SUPERSEDED");
        assertThat(get("/api/strategies/" + ID + "?asOf=2023-12-31").at("/strategy/status").asString()).isEqualTo("ADOPTED");
    }

    @Test
    void theCrosswalkShowsAlignmentsInBothDirections() throws Exception {
        // NEXT is a draft: its links show only when asked for, marked as such.
        assertThat(get("/api/strategies/" + NEXT + "/elements/objective-1.1/alignments")).isEmpty();
        JsonNode outgoing = get("/api/strategies/" + NEXT + "/elements/objective-1.1/alignments?includeDrafts=true");
        assertThat(outgoing.valueStream().map(a -> a.get("alignmentId").asString()).toList())
                .containsExactlyInAnyOrder("alignment-1", "alignment-2");
        JsonNode incoming = get("/api/strategies/" + ID + "/elements/goal-1/alignments?includeDrafts=true");
        assertThat(incoming).hasSize(1);
        assertThat(incoming.at("/0/fromEditionStatus").asString()).isEqualTo("DRAFT");
        assertThat(incoming.at("/0/toEditionStatus").asString()).isEqualTo("SUPERSEDED");
        assertThat(incoming.at("/0/direction").asString()).isEqualTo("SUPPORTED_BY");
        assertThat(incoming.at("/0/fromTitle").asString()).isEqualTo("Anticipate threats");
        assertThat(incoming.at("/0/basis").asString()).isEqualTo("STATED");
        assertThat(incoming.at("/0/citation/page").asString()).isEqualTo("40");
    }

    @Test
    void lineageIsFollowedFromEitherEnd() throws Exception {
        assertThat(get("/api/strategies/" + ID + "/elements/goal-1/lineage")).isEmpty();
        JsonNode fromOld = get("/api/strategies/" + ID + "/elements/goal-1/lineage?includeDrafts=true");
        JsonNode fromNew = get("/api/strategies/" + NEXT + "/elements/goal-1/lineage?includeDrafts=true");
        assertThat(fromOld).isEqualTo(fromNew);
        assertThat(fromOld.at("/0/relation").asString()).isEqualTo("DERIVES_FROM");
        assertThat(fromOld.at("/0/inferredFrom").asString()).isEqualTo("same number and subject");
    }

    @Test
    void measuresKeepFirstReportsAndRestatements() throws Exception {
        JsonNode actuals = get("/api/strategies/" + ID + "/measures").at("/0/actuals");
        assertThat(actuals.valueStream().map(a -> a.get("value").decimalValue().intValue()).toList()).containsExactly(120, 125);
        assertThat(actuals.at("/1/restatement").asBoolean()).isTrue();
    }

    @Test
    void aDiffBetweenEditionsPairsElementsByLineage() throws Exception {
        JsonNode diff = get("/api/diff?from=" + ID + "&to=" + NEXT);
        List<String> lines = diff.get("changes").valueStream()
                .map(c -> c.get("kinds").valueStream().map(JsonNode::asString).toList() + " " + c.get("type").asString()
                        + " " + c.get("pairedBy").asString(""))
                .toList();
        assertThat(lines).containsExactlyInAnyOrder("[REWORDED] GOAL LINEAGE", "[ADDED] OBJECTIVE ", "[REMOVED] MEASURE ");
        String text = send("/api/diff?from=" + ID + "&to=" + NEXT, "text/plain").body();
        assertThat(text).contains("REWORDED GOAL 1 \"Protect the American people\" -> 1 \"Counter terrorism\" [paired by lineage]");
    }

    @Test
    void aDiffOfOneEditionBetweenTwoDates() throws Exception {
        JsonNode diff = get("/api/strategies/" + ID + "/diff?from=2021-06-01&to=2023-01-01");
        assertThat(diff.get("changes").valueStream().map(c -> c.at("/kinds/0").asString() + " " + c.get("type").asString()).toList())
                .containsExactlyInAnyOrder("REWORDED GOAL", "ADDED MEASURE");
    }

    @Test
    void theActivityFeedShowsTheLatestChangesFirst() throws Exception {
        // The feed shows changes up to the settled position: other tests' events must be applied by every segment.
        awaitCaughtUp();
        JsonNode feed = get("/api/activity?limit=3");
        assertThat(feed).hasSize(3);
        List<Long> positions = feed.valueStream().map(c -> c.get("position").asLong()).toList();
        assertThat(positions).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(positions.get(0)).isEqualTo(jdbc.sql("select max(global_index) from query.change").query(Long.class).single());
    }

    @Test
    void subscribersAreToldOfChangesAfterTheyAreApplied() throws Exception {
        publish("live-test", 0, new StrategyDrafted("live-test", null, "Live", new Organization("OPR", "Office of Professional Responsibility", "CBP"),
                new Period("2024–2028", 2024, 2028), false, change("2024-01-01")));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (send("/api/strategies/live-test").statusCode() != 200) {
            assertThat(System.nanoTime()).as("live-test projected").isLessThan(deadline);
            Thread.sleep(50);
        }
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/strategies/live-test/changes"))
                        .header("Accept", "text/event-stream").header("Authorization", AuditorHttp.AUDITOR).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        publish("live-test", 1, new GoalAdded("live-test", "goal-1", "1", "Live goal", null, null, 1, change("2024-01-01")));
        String data = CompletableFuture.supplyAsync(() -> stream.body()
                        .filter(line -> line.startsWith("data:") && line.contains("\"event\":\"GoalAdded\"")).findFirst())
                .get(10, TimeUnit.SECONDS).orElseThrow();
        JsonNode notice = StrategyJson.mapper().readTree(data.substring("data:".length()));
        assertThat(notice.get("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(get("/api/strategies/live-test").at("/goals/0/title").asString()).isEqualTo("Live goal");
    }

    @Test
    void aReadCanWaitForItsOwnWrite() throws Exception {
        assertThat(get("/api/strategies/" + ID + "?minVersion=8").at("/strategy/version").asLong()).isEqualTo(8);
        HttpResponse<String> beyond = send("/api/strategies/" + ID + "?minVersion=99");
        assertThat(beyond.statusCode()).as("no such version is recorded: nothing to wait for").isEqualTo(400);
        assertThat(StrategyJson.mapper().readTree(beyond.body()).get("code").asString()).isEqualTo("INVALID_VALUE");
        assertThat(send("/api/strategies/no-such-edition?minVersion=1").statusCode()).isEqualTo(404);

        publish("behind-test", 0, new StrategyDrafted("behind-test", null, "Behind", new Organization("CBP", "CBP", null),
                new Period("2024", 2024, 2028), false, change("2024-01-01")));
        awaitCaughtUp();
        TrackingEventProcessor processor = processing
                .eventProcessor(BatchedWriter.GROUP, TrackingEventProcessor.class).orElseThrow();
        processor.shutDown();
        try {
            publish("behind-test", 1, new GoalAdded("behind-test", "goal-1", "1", "Later", null, null, 1, change("2024-01-02")));
            HttpResponse<String> behind = send("/api/strategies/behind-test?minVersion=1");
            assertThat(behind.statusCode()).isEqualTo(503);
            assertThat(StrategyJson.mapper().readTree(behind.body()).get("code").asString()).isEqualTo("READ_MODEL_BEHIND");
            assertThat(behind.headers().firstValue("Retry-After")).hasValue("1");
        } finally {
            processor.start();
        }
        assertThat(get("/api/strategies/behind-test?minVersion=1").at("/goals/0/title").asString()).isEqualTo("Later");
    }

    @Test
    void currentStateShowsTheLatestRevisionAndRestatedActual() throws Exception {
        JsonNode edition = get("/api/strategies/" + ID);
        assertThat(edition.at("/strategy/status").asString()).isEqualTo("SUPERSEDED");
        JsonNode goal = edition.at("/goals/0");
        assertThat(goal.get("title").asString()).isEqualTo("Protect the American people");
        assertThat(goal.get("status").asString()).isEqualTo("ADOPTED");
        assertThat(goal.at("/members/0/actuals/0/value").decimalValue()).isEqualByComparingTo("125");
        assertThat(goal.at("/members/0/actuals/0/replaces").asBoolean()).isTrue();
    }

    @Test
    void asOfADateShowsWhatThePlanSaidThen() throws Exception {
        JsonNode draft = get("/api/strategies/" + ID + "?asOf=2019-12-01");
        assertThat(draft.at("/strategy/status").asString()).isEqualTo("DRAFT");
        assertThat(draft.at("/goals/0/status").asString()).isEqualTo("PROPOSED");

        JsonNode in2021 = get("/api/strategies/" + ID + "?asOf=2021-06-01");
        assertThat(in2021.at("/strategy/status").asString()).isEqualTo("ADOPTED");
        assertThat(in2021.at("/goals/0/title").asString()).isEqualTo("Protect the American people");
        assertThat(in2021.at("/goals/0/members")).isEmpty();

        JsonNode in2023 = get("/api/strategies/" + ID + "?asOf=2023-01-01");
        assertThat(in2023.at("/goals/0/title").asString()).isEqualTo("Protect the American people and facilitate trade");
        assertThat(in2023.at("/strategy/status").asString()).isEqualTo("ADOPTED");
        assertThat(in2023.at("/strategy/supersededBy").isMissingNode() || in2023.at("/strategy/supersededBy").isNull()).isTrue();

        JsonNode in2024 = get("/api/strategies/" + ID + "?asOf=2024-06-01");
        assertThat(in2024.at("/strategy/status").asString()).isEqualTo("SUPERSEDED");
        assertThat(in2024.at("/strategy/supersededBy").asString()).isEqualTo(NEXT);
        assertThat(in2024.at("/strategy/endedOn").asString()).isEqualTo("2024-01-01");
        assertThat(in2024.at("/strategy/supersession/provenance/basis").asString()).isEqualTo("INFERRED");
    }

    @Test
    void asKnownAtATimeShowsWhatTheServiceHadRecordedThen() throws Exception {
        JsonNode known = get("/api/strategies/" + ID + "?asOf=2021-06-01&knownAt=" + beforeCorrection);
        assertThat(known.at("/goals/0/title").asString()).isEqualTo("Protetc the American people");
        JsonNode measures = get("/api/strategies/" + ID + "?asOf=2022-11-01");
        assertThat(measures.at("/goals/0/members/0/actuals/0/value").decimalValue()).isEqualByComparingTo("120");
        assertThat(measures.at("/goals/0/members/0/actuals/0/replaces").asBoolean()).isFalse();
        JsonNode restated = get("/api/strategies/" + ID + "?asOf=2023-01-01");
        assertThat(restated.at("/goals/0/members/0/actuals")).hasSize(1);
        assertThat(restated.at("/goals/0/members/0/actuals/0/value").decimalValue()).isEqualByComparingTo("125");
        assertThat(restated.at("/goals/0/members/0/actuals/0/replaces").asBoolean()).isTrue();
    }

    /**
     * The goal's three contents (as drafted, as corrected, as revised) are history rows of one aggregate,
     * kept parsed once read: each question here is new (its day moves each round), so from the second
     * on its answer is built from rows kept for the others, and must still pick its own.
     */
    @Test
    void contentRowsKeptForOneDateServeAnotherOnlyWhereTheyApply() throws Exception {
        for (int day = 10; day < 13; day++) {
            assertThat(get("/api/strategies/" + ID + "?asOf=2023-01-" + day).at("/goals/0/title").asString())
                    .isEqualTo("Protect the American people and facilitate trade");
            assertThat(get("/api/strategies/" + ID + "?asOf=2021-06-" + day + "&knownAt=" + beforeCorrection)
                    .at("/goals/0/title").asString()).isEqualTo("Protetc the American people");
            assertThat(get("/api/strategies/" + ID + "?asOf=2021-06-" + day).at("/goals/0/title").asString())
                    .isEqualTo("Protect the American people");
            assertThat(get("/api/strategies/" + NEXT + "?asOf=2023-07-" + day).at("/goals/0/title").asString())
                    .isEqualTo("Counter terrorism");
        }
    }

    @Test
    void historyListsEveryChangeWithBeforeAndAfter() throws Exception {
        JsonNode page = get("/api/strategies/" + ID + "/history?elementId=goal-1");
        List<String> events = page.get("changes").valueStream().map(c -> c.get("event").asString()).toList();
        assertThat(events).containsExactly("GoalAdded", "GoalRevised", "ElementCorrected");
        JsonNode correction = page.at("/changes/2");
        assertThat(correction.get("kind").asString()).isEqualTo("CORRECTION");
        assertThat(correction.get("actor").asString()).isEqualTo("auditor");
        assertThat(correction.at("/before/title").asString()).isEqualTo("Protect the American people and facilitate trade");
        assertThat(correction.at("/after/title").asString()).isEqualTo("Protect the American people");
        assertThat(correction.at("/source/page").asString()).isEqualTo("7");
    }

    @Test
    void unknownEditionAndBadDateAreProblemDetails() throws Exception {
        HttpResponse<String> missing = send("/api/strategies/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(StrategyJson.mapper().readTree(missing.body()).get("code").asString()).isEqualTo("STRATEGY_NOT_FOUND");
        HttpResponse<String> badDate = send("/api/strategies/" + ID + "?asOf=2021-02-30");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(StrategyJson.mapper().readTree(badDate.body()).get("code").asString()).isEqualTo("INVALID_DATE");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String before = ReadModels.digest(jdbc);
        projection.on(revision.getPayload(), revision);
        assertThat(ReadModels.digest(jdbc)).isEqualTo(before);
    }

    @Test
    void rebuildingFromTheEventStoreGivesTheSameReadModels() throws Exception {
        awaitCaughtUp();
        String incremental = ReadModels.digest(jdbc);
        TrackingEventProcessor processor = processing
                .eventProcessor(BatchedWriter.GROUP, TrackingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        assertThat(jdbc.sql("select count(*) from query.change").query(Long.class).single()).isZero();
        processor.start();
        awaitCaughtUp();
        assertThat(ReadModels.digest(jdbc)).isEqualTo(incremental);
    }

    private <T> GenericDomainEventMessage<T> publish(long sequence, T payload) {
        return publish(ID, sequence, payload);
    }

    private <T> GenericDomainEventMessage<T> publish(String aggregateId, long sequence, T payload) {
        GenericDomainEventMessage<T> message = new GenericDomainEventMessage<>("StrategyEdition", aggregateId, sequence, payload);
        eventStore.publish(message);
        return message;
    }

    private static Change change(String date) {
        return new Change(LocalDate.parse(date), "editor", "as published", null, ChangeKind.REVISION);
    }

    private void awaitCaughtUp() throws Exception {
        ReadModels.awaitCaughtUp(jdbc, positions, Duration.ofSeconds(20));
    }

    private JsonNode get(String path) throws Exception {
        return AuditorHttp.get(port, path);
    }

    private HttpResponse<String> send(String path) throws Exception {
        return send(path, "application/json");
    }

    private HttpResponse<String> send(String path, String accept) throws Exception {
        return AuditorHttp.send(port, path, accept);
    }
}
