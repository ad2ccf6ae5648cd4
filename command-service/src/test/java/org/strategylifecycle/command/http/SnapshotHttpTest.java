package org.strategylifecycle.command.http;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.strategylifecycle.api.common.StrategyJson;
import org.strategylifecycle.command.edition.StrategyEdition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * An edition loaded from its snapshot answers every command as one replayed from its events. Two
 * editions get the same history; one is then loaded from its snapshot, the other from its events
 * alone (its snapshot deleted), both out of the cache, and each command after that (accepted ones,
 * refusals that need the derived indexes, a repeated and a reused Idempotency-Key) must get the same
 * answer from both; so must the state each is left in, as its next snapshot holds it.
 */
class SnapshotHttpTest extends HttpTestSupport {

    private static final String WHY = "\"rationale\": \"snapshot test\"";

    /** The history both editions get, relative to /api/strategies/{id}; {@code %s} is the edition's own id. */
    private static final List<Map.Entry<String, String>> HISTORY = List.of(
            Map.entry("/goals", """
                    {"elementId": "goal-1", "number": "1", "title": "Protect", "effectiveDate": "2020-01-01"}"""),
            Map.entry("/goals", """
                    {"elementId": "goal-2", "number": "2", "title": "Facilitate", "effectiveDate": "2020-01-01"}"""),
            Map.entry("/mission-areas", """
                    {"elementId": "area-a", "goalId": "goal-1", "number": "A", "title": "Borders", "effectiveDate": "2020-01-01"}"""),
            Map.entry("/objectives", """
                    {"elementId": "obj-1", "parentId": "area-a", "number": "1.1", "title": "Secure", "effectiveDate": "2020-01-01"}"""),
            Map.entry("/objectives", """
                    {"elementId": "obj-2", "parentId": "goal-2", "number": "2.1", "title": "Trade", "statement": "Trade moves",
                     "order": 4, "effectiveDate": "2020-01-01"}"""),
            Map.entry("/statements", """
                    {"elementId": "vision", "kind": "ASPIRATION", "label": "Aspiration", "text": "Trusted", "effectiveDate": "2020-01-01"}"""),
            Map.entry("/adopt", "{\"effectiveDate\": \"2020-03-01\"}"),
            Map.entry("/initiatives", """
                    {"elementId": "init-1", "parentId": "obj-1", "number": "1.1.1", "title": "Hire", "effectiveDate": "2020-04-01"}"""),
            Map.entry("/initiatives", """
                    {"elementId": "init-2", "parentId": "obj-1", "number": "1.1.2", "title": "Build", "effectiveDate": "2020-04-01"}"""),
            Map.entry("/initiatives/init-1/complete", "{\"effectiveDate\": \"2021-01-01\", " + WHY + "}"),
            Map.entry("/initiatives/init-2/retire", "{\"effectiveDate\": \"2021-01-01\", " + WHY + "}"),
            Map.entry("/outcomes", """
                    {"elementId": "out-1", "parentId": "obj-2", "statement": "Safe trade", "effectiveDate": "2020-04-01"}"""),
            Map.entry("/measures", """
                    {"elementId": "m-1", "parentId": "out-1", "number": "M1", "title": "Compliance", "measureType": "RATE_EFFICIENCY",
                     "printedType": "Rate", "unit": "percent", "effectiveDate": "2020-04-01"}"""),
            Map.entry("/measures/m-1/targets", "{\"period\": \"FY2021\", \"value\": 97.50, \"effectiveDate\": \"2020-04-01\", " + WHY + "}"),
            Map.entry("/measures/m-1/actuals", "{\"period\": \"FY2021\", \"value\": 96.1, \"effectiveDate\": \"2021-10-01\", " + WHY + "}"),
            Map.entry("/alignments", """
                    {"alignmentId": "al-1", "elementId": "obj-2", "target": {"strategyId": "%s", "elementId": "goal-1"},
                     "provenance": {"basis": "INFERRED", "inferredFrom": "sits under it"}, "effectiveDate": "2021-01-01"}"""),
            Map.entry("/alignments", """
                    {"alignmentId": "al-2", "elementId": "obj-1", "target": {"document": "DHS Plan", "number": "2.1", "text": "Secure"},
                     "provenance": {"basis": "STATED", "citation": {"document": "CBP Strategy", "page": "40"}},
                     "effectiveDate": "2021-01-01"}"""),
            Map.entry("/alignments/al-1/remove", "{\"effectiveDate\": \"2021-02-01\", " + WHY + "}"),
            Map.entry("/annotations", """
                    {"annotationId": "note-1", "subject": {"kind": "ELEMENT", "id": "goal-1", "field": "title"},
                     "uncertainty": "Printed twice", "alternatives": [{"printed": "Protect", "citation": {"document": "CBP Strategy"}}],
                     "chosenReading": "Protect", "reason": "The heading", "effectiveDate": "2021-01-01"}"""),
            Map.entry("/goals/goal-1/revise", "{\"title\": \"Protect the border\", \"effectiveDate\": \"2021-03-01\", " + WHY + "}"),
            Map.entry("/objectives/obj-2/revise", "{\"parentId\": \"area-a\", \"number\": \"A.2\", \"effectiveDate\": \"2021-03-01\", " + WHY + "}"),
            Map.entry("/elements/goal-2/correct", "{\"overview\": \"As printed\", \"effectiveDate\": \"2020-01-01\", \"rationale\": \"typo\"}"),
            Map.entry("/stakeholders", """
                    {"stakeholderId": "board", "holderId": "obj-2", "name": "Trade Board", "stakeholderType": "ORGANIZATION",
                     "roles": [{"name": "Partner", "roleTypes": ["PERFORMER"]}], "effectiveDate": "2021-03-01"}"""),
            Map.entry("/elements/goal-2/identify-externally", "{\"externalId\": \"Agency#G2\", \"effectiveDate\": \"2021-03-01\"}"));

    /** Commands after the load: each answer depends on state the snapshot must have carried. */
    private static final List<Map.Entry<String, String>> PROBES = List.of(
            Map.entry("/goals", "{\"elementId\": \"goal-3\", \"number\": \"1\", \"title\": \"Twice\", \"effectiveDate\": \"2021-04-01\"}"),
            Map.entry("/goals", "{\"elementId\": \"obj-1\", \"number\": \"9\", \"title\": \"Taken id\", \"effectiveDate\": \"2021-04-01\"}"),
            Map.entry("/goals", "{\"elementId\": \"al-1\", \"number\": \"9\", \"title\": \"Removed link id\", \"effectiveDate\": \"2021-04-01\"}"),
            Map.entry("/objectives", "{\"elementId\": \"obj-3\", \"parentId\": \"area-a\", \"number\": \"A.2\", \"title\": \"Same number\", \"effectiveDate\": \"2021-04-01\"}"),
            Map.entry("/objectives", "{\"elementId\": \"obj-3\", \"parentId\": \"area-a\", \"number\": \"A.3\", \"title\": \"Next\", \"effectiveDate\": \"2021-04-01\"}"),
            Map.entry("/initiatives", "{\"elementId\": \"init-3\", \"parentId\": \"obj-1\", \"number\": \"1.1.2\", \"title\": \"Number of a retired one\", \"effectiveDate\": \"2021-04-01\"}"),
            Map.entry("/initiatives/init-2/revise", "{\"title\": \"Retired\", \"effectiveDate\": \"2021-04-01\", " + WHY + "}"),
            Map.entry("/initiatives/init-1/revise", "{\"title\": \"Completed\", \"effectiveDate\": \"2021-04-01\", " + WHY + "}"),
            Map.entry("/goals/goal-1/revise", "{\"title\": \"Too early\", \"effectiveDate\": \"2021-02-01\", " + WHY + "}"),
            Map.entry("/goals/goal-2/retire", "{\"effectiveDate\": \"2021-04-01\", " + WHY + "}"),
            Map.entry("/goals", "{\"elementId\": \"Agency#G2\", \"number\": \"8\", \"title\": \"Taken external id\", \"effectiveDate\": \"2021-04-01\"}"),
            Map.entry("/objectives/obj-2/retire", "{\"effectiveDate\": \"2021-04-01\", " + WHY + "}"),
            Map.entry("/stakeholders/board/remove", "{\"effectiveDate\": \"2021-04-01\", " + WHY + "}"),
            Map.entry("/stakeholders/board/remove", "{\"effectiveDate\": \"2021-04-02\", " + WHY + "}"),
            Map.entry("/objectives/obj-1/retire", "{\"effectiveDate\": \"2021-04-01\", " + WHY + "}"),
            Map.entry("/alignments", """
                    {"alignmentId": "al-3", "elementId": "obj-1", "target": {"document": "DHS Plan", "number": "2.1", "text": "Secure"},
                     "provenance": {"basis": "STATED", "citation": {"document": "CBP Strategy", "page": "40"}},
                     "effectiveDate": "2021-04-01"}"""),
            Map.entry("/alignments/al-2/remove", "{\"effectiveDate\": \"2020-12-01\", " + WHY + "}"),
            Map.entry("/alignments/al-2/remove", "{\"effectiveDate\": \"2021-04-01\", " + WHY + "}"),
            Map.entry("/measures/m-1/actuals", "{\"period\": \"FY2021\", \"value\": 96.1, \"effectiveDate\": \"2021-10-02\", " + WHY + "}"),
            Map.entry("/measures/m-1/actuals", "{\"period\": \"FY2021\", \"value\": 96.4, \"effectiveDate\": \"2021-11-01\", " + WHY + "}"),
            Map.entry("/annotations/note-1/withdraw", "{\"effectiveDate\": \"2021-04-01\", " + WHY + "}"),
            Map.entry("/annotations", """
                    {"annotationId": "note-1", "subject": {"kind": "ELEMENT", "id": "goal-2", "field": "title"},
                     "uncertainty": "Again", "alternatives": [{"printed": "F", "citation": {"document": "CBP Strategy"}}],
                     "chosenReading": "F", "reason": "Taken id", "effectiveDate": "2021-04-01"}"""));

    /** After the keyed requests: the edition retired, then frozen. */
    private static final List<Map.Entry<String, String>> LAST_PROBES = List.of(
            Map.entry("/retire", "{\"effectiveDate\": \"2021-06-01\", " + WHY + "}"),
            Map.entry("/goals/goal-1/revise", "{\"title\": \"Frozen\", \"effectiveDate\": \"2021-07-01\", " + WHY + "}"));

    @Autowired
    Snapshotter snapshotter;
    @Autowired
    EventStore eventStore;
    @Autowired
    @Qualifier("strategyEditionCache")
    Cache editions;

    @Test
    void anEditionLoadedFromItsSnapshotAnswersAsOneReplayedFromItsEvents() {
        String fromSnapshot = edition();
        String replayed = edition();
        // Snapshots are taken on one thread, in order: once this one is stored, those the history triggered are too.
        snapshotter.scheduleSnapshot(StrategyEdition.class, fromSnapshot);
        awaitSnapshotOfLastEvent(fromSnapshot);
        jdbc.update("delete from snapshot_event_entry where aggregate_identifier = ?", replayed);

        // The store hands out the snapshot first, deserialized, then nothing: no event is replayed.
        DomainEventStream stream = eventStore.readEvents(fromSnapshot);
        assertThat(stream.next().getPayload()).isInstanceOf(StrategyEdition.class);
        assertThat(stream.hasNext()).isFalse();

        editions.removeAll();
        List<String> fromSnapshotAnswers = new ArrayList<>();
        List<String> replayedAnswers = new ArrayList<>();
        for (Map.Entry<String, String> probe : PROBES) {
            fromSnapshotAnswers.add(answer(fromSnapshot, probe));
            replayedAnswers.add(answer(replayed, probe));
        }
        String repeated = "{\"elementId\": \"goal-9\", \"number\": \"9\", \"title\": \"Keyed\", \"effectiveDate\": \"2021-05-01\"}";
        // Requests keyed before the snapshot: the same one answers as first, another under its key is refused.
        for (String body : List.of(repeated, repeated.replace("Keyed", "Other"))) {
            fromSnapshotAnswers.add(answer(fromSnapshot, Map.entry("/goals", body), "Idempotency-Key", "key-" + fromSnapshot));
            replayedAnswers.add(answer(replayed, Map.entry("/goals", body), "Idempotency-Key", "key-" + replayed));
        }
        for (Map.Entry<String, String> probe : LAST_PROBES) {
            fromSnapshotAnswers.add(answer(fromSnapshot, probe));
            replayedAnswers.add(answer(replayed, probe));
        }

        assertThat(fromSnapshotAnswers).containsExactlyElementsOf(replayedAnswers);
        assertThat(fromSnapshotAnswers).anyMatch(a -> a.startsWith("201"))
                .anyMatch(a -> a.contains("NUMBER_TAKEN")).anyMatch(a -> a.contains("ELEMENT_ID_TAKEN"))
                .anyMatch(a -> a.contains("CHILDREN_NOT_RETIRED")).anyMatch(a -> a.contains("ELEMENT_RETIRED"))
                .anyMatch(a -> a.contains("IDEMPOTENCY_KEY_REUSED")).anyMatch(a -> a.contains("EDITION_RETIRED"));

        // Their states are alike too: each one's next snapshot, its own id aside, holds the same JSON.
        snapshotter.scheduleSnapshot(StrategyEdition.class, fromSnapshot);
        snapshotter.scheduleSnapshot(StrategyEdition.class, replayed);
        awaitSnapshotOfLastEvent(fromSnapshot);
        awaitSnapshotOfLastEvent(replayed);
        assertThat(snapshot(fromSnapshot, fromSnapshot)).isEqualTo(snapshot(replayed, replayed));
    }

    @Test
    void snapshotsAreTakenAfterTheConfiguredNumberOfEvents() {
        String strategy = edition();
        // The test context takes one after every 10 events (HttpTestSupport); the history holds more.
        assertThat(HISTORY.size()).isGreaterThan(10);
        awaiting("a snapshot of " + strategy).until(() -> jdbc.queryForObject(
                "select count(*) from snapshot_event_entry where aggregate_identifier = ?", Long.class, strategy) > 0);
        assertThat(jdbc.queryForObject("select payload_revision from snapshot_event_entry where aggregate_identifier = ?"
                + " order by sequence_number desc limit 1", String.class, strategy)).isEqualTo("2");
    }

    @Test
    void aSnapshotOfAnotherRevisionIsPassedOver() {
        String strategy = edition();
        snapshotter.scheduleSnapshot(StrategyEdition.class, strategy);
        awaitSnapshotOfLastEvent(strategy);
        assertThat(eventStore.readEvents(strategy).next().getPayload()).isInstanceOf(StrategyEdition.class);

        // As if taken before the edition's shape changed (its @Revision raised): replayed from the events instead.
        jdbc.update("update snapshot_event_entry set payload_revision = '0' where aggregate_identifier = ?", strategy);
        DomainEventStream stream = eventStore.readEvents(strategy);
        assertThat(stream.next().getSequenceNumber()).isZero();
        editions.removeAll();
        assertThat(answer(strategy, PROBES.get(0))).contains("NUMBER_TAKEN");
    }

    private String edition() {
        String strategy = draft(null, 2020, 2025);
        for (Map.Entry<String, String> step : HISTORY) {
            String answer = answer(strategy, step);
            assertThat(answer).startsWith("20");
        }
        String keyed = "{\"elementId\": \"goal-9\", \"number\": \"9\", \"title\": \"Keyed\", \"effectiveDate\": \"2021-05-01\"}";
        assertThat(answer(strategy, Map.entry("/goals", keyed), "Idempotency-Key", "key-" + strategy)).startsWith("201");
        return strategy;
    }

    /** Status, code and version of the answer: what a client acts on, the same for both editions. */
    private String answer(String strategy, Map.Entry<String, String> step, String... headers) {
        Api.Answer answer = editor.post("/api/strategies/" + strategy + step.getKey(),
                step.getValue().replace("%s", strategy), headers);
        return answer.status() + " " + answer.code() + " " + answer.version();
    }

    /** Snapshots are taken on a thread of their own (EventStoreConfig): waits for one of the edition's last event. */
    private void awaitSnapshotOfLastEvent(String strategy) {
        long lastEvent = lastSequenceNumber(strategy);
        awaiting("a snapshot of " + strategy + " at event " + lastEvent).until(() -> jdbc.queryForObject(
                "select max(sequence_number) from snapshot_event_entry where aggregate_identifier = ?", Long.class, strategy),
                equalTo(lastEvent));
    }

    private static ConditionFactory awaiting(String what) {
        return await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20));
    }

    private long lastSequenceNumber(String strategy) {
        return jdbc.queryForObject("select max(sequence_number) from domain_event_entry where aggregate_identifier = ?",
                Long.class, strategy);
    }

    /**
     * The newest snapshot of an edition, its id replaced and the hashes of its keyed requests left out
     * (a request's hash covers its path, which holds the id).
     */
    private JsonNode snapshot(String strategy, String id) {
        JsonNode snapshot = StrategyJson.mapper().readTree(jdbc.queryForObject("select convert_from(payload, 'UTF8')"
                + " from snapshot_event_entry where aggregate_identifier = ? order by sequence_number desc limit 1",
                String.class, strategy).replace(id, "ID"));
        for (JsonNode seen : snapshot.path("requestsSeen").path("seen")) {
            assertThat(((ObjectNode) seen).remove("hash").asString()).hasSize(64);
        }
        return snapshot;
    }
}
