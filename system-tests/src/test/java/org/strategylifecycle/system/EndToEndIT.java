package org.strategylifecycle.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service across its two processes: commands go in through command-service over HTTP,
 * and the plan, its history, its past as of a date and as known at a time, the diff to the next
 * edition and the alignment crosswalk come out of query-service over HTTP, each read waiting for
 * the version its command returned (minVersion). Both jars run as deployed, on one PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndIT {

    private static final String LINE = "e2e-line";
    private static final String FIRST = "e2e-2020";
    private static final String NEXT = "e2e-2024";
    private static final String CBP = """
            {"code": "CBP", "name": "U.S. Customs and Border Protection", "parentCode": "DHS"}""";

    private BothServices services;
    private Api editor;
    private Api reader;

    private Instant beforeCorrection;
    private long firstVersion;
    private long nextVersion;

    @BeforeAll
    void startAndRecord() throws Exception {
        services = BothServices.start("e2e");
        editor = new Api(services.command().port(), "editor");
        reader = new Api(services.query().port(), "editor");

        editor.accepted("/api/lines", """
                {"lineId": "%s", "title": "CBP enterprise strategy", "organizationCode": "CBP", "effectiveDate": "2019-10-01"}"""
                .formatted(LINE));
        editor.accepted("/api/strategies", """
                {"strategyId": "%s", "lineId": "%s", "title": "CBP Strategy 2020–2025", "organization": %s,
                 "period": {"label": "2020–2025", "fromYear": 2020, "toYear": 2025}, "effectiveDate": "2019-10-01"}"""
                .formatted(FIRST, LINE, CBP));
        editor.accepted("/api/strategies/" + FIRST + "/goals", """
                {"elementId": "goal-1", "number": "1", "title": "Protetc the American people", "effectiveDate": "2019-10-01"}""");
        editor.accepted("/api/strategies/" + FIRST + "/adopt", "{\"effectiveDate\": \"2020-01-01\"}");
        editor.accepted("/api/strategies/" + FIRST + "/goals/goal-1/revise", """
                {"title": "Protect the American people and facilitate trade", "effectiveDate": "2022-01-01",
                 "rationale": "mid-term review"}""");
        Thread.sleep(100);
        beforeCorrection = Instant.now();
        Thread.sleep(100);
        editor.accepted("/api/strategies/" + FIRST + "/elements/goal-1/correct", """
                {"title": "Protect the American people", "effectiveDate": "2020-01-01", "rationale": "typo when recorded",
                 "source": {"document": "CBP Strategy 2020–2025", "section": "Goal 1", "page": "7"}}""");

        editor.accepted("/api/strategies", """
                {"strategyId": "%s", "lineId": "%s", "title": "CBP Strategy 2024–2028", "organization": %s,
                 "period": {"label": "2024–2028", "fromYear": 2024, "toYear": 2028}, "effectiveDate": "2023-06-01"}"""
                .formatted(NEXT, LINE, CBP));
        editor.accepted("/api/strategies/" + NEXT + "/goals", """
                {"elementId": "goal-1", "number": "1", "title": "Counter terrorism", "effectiveDate": "2023-06-01"}""");
        editor.accepted("/api/strategies/" + NEXT + "/objectives", """
                {"elementId": "objective-1.1", "parentId": "goal-1", "number": "1.1", "title": "Anticipate threats",
                 "effectiveDate": "2023-06-01"}""");
        editor.accepted("/api/strategies/" + NEXT + "/alignments", """
                {"alignmentId": "to-2020", "elementId": "objective-1.1", "target": {"strategyId": "%s", "elementId": "goal-1"},
                 "provenance": {"basis": "STATED", "citation": {"document": "CBP Strategy 2024–2028", "page": "40"}},
                 "effectiveDate": "2023-06-01"}""".formatted(FIRST));
        nextVersion = editor.accepted("/api/strategies/" + NEXT + "/lineage", """
                {"elementId": "goal-1", "predecessor": {"strategyId": "%s", "elementId": "goal-1"}, "relation": "DERIVES_FROM",
                 "provenance": {"basis": "INFERRED", "inferredFrom": "same number and subject"}, "effectiveDate": "2023-06-01"}"""
                .formatted(FIRST)).version();
        firstVersion = editor.accepted("/api/strategies/" + FIRST + "/supersede", """
                {"supersededBy": "%s", "provenance": {"basis": "STATED", "citation": {"document": "CBP Strategy 2024–2028", "page": "3"}},
                 "effectiveDate": "2024-01-01", "rationale": "the 2024 edition replaces it"}""".formatted(NEXT)).version();
    }

    @AfterAll
    void stop() throws Exception {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void theEditorReadsItsOwnWriteAsTheCurrentState() {
        JsonNode edition = reader.read("/api/strategies/" + FIRST + "?minVersion=" + firstVersion);
        assertThat(edition.at("/strategy/version").asLong()).isEqualTo(firstVersion);
        assertThat(edition.at("/strategy/status").asString()).isEqualTo("SUPERSEDED");
        assertThat(edition.at("/strategy/supersededBy").asString()).isEqualTo(NEXT);
        assertThat(edition.at("/goals/0/title").asString()).isEqualTo("Protect the American people");
        // The freshness position is the lowest over both segments: right after minVersion is met the
        // other segment may not have stored a position yet, but it must get there.
        assertThat(edition.get("position").isNumber()).isTrue();
        await("a positive freshness position").atMost(Duration.ofSeconds(30))
                .until(() -> reader.read("/api/strategies/" + FIRST).get("position").asLong() > 0);
    }

    @Test
    void asOfADateShowsWhatThePlanSaidThen() {
        awaitBoth();
        Api viewer = reader.as("viewer");
        JsonNode draft = viewer.read("/api/strategies/" + FIRST + "?asOf=2019-12-01");
        assertThat(draft.at("/strategy/status").asString()).isEqualTo("DRAFT");
        assertThat(draft.at("/goals/0/status").asString()).isEqualTo("PROPOSED");
        JsonNode in2021 = viewer.read("/api/strategies/" + FIRST + "?asOf=2021-06-01");
        assertThat(in2021.at("/strategy/status").asString()).isEqualTo("ADOPTED");
        assertThat(in2021.at("/goals/0/title").asString()).isEqualTo("Protect the American people");
        JsonNode in2023 = viewer.read("/api/strategies/" + FIRST + "?asOf=2023-01-01");
        assertThat(in2023.at("/goals/0/title").asString()).isEqualTo("Protect the American people and facilitate trade");
    }

    @Test
    void asKnownAtATimeShowsWhatTheServiceHadRecordedBeforeTheCorrection() {
        awaitBoth();
        JsonNode known = reader.as("auditor").read("/api/strategies/" + FIRST + "?asOf=2021-06-01&knownAt=" + beforeCorrection);
        assertThat(known.at("/goals/0/title").asString()).isEqualTo("Protetc the American people");
    }

    @Test
    void auditorsSeeTheHistoryWithActorRationaleAndKind() {
        awaitBoth();
        JsonNode page = reader.as("auditor").read("/api/strategies/" + FIRST + "/history?elementId=goal-1");
        List<String> events = page.get("changes").valueStream().map(c -> c.get("event").asString()).toList();
        assertThat(events).containsExactly("GoalAdded", "GoalRevised", "ElementCorrected");
        JsonNode correction = page.at("/changes/2");
        assertThat(correction.get("kind").asString()).isEqualTo("CORRECTION");
        assertThat(correction.get("actor").asString()).isEqualTo("editor");
        assertThat(correction.get("rationale").asString()).isEqualTo("typo when recorded");
        assertThat(correction.at("/before/title").asString()).isEqualTo("Protect the American people and facilitate trade");
        assertThat(correction.at("/after/title").asString()).isEqualTo("Protect the American people");
        assertThat(correction.at("/source/page").asString()).isEqualTo("7");
        Api.Answer notForEditors = reader.get("/api/strategies/" + FIRST + "/history");
        assertThat(notForEditors.status()).isEqualTo(403);
        assertThat(notForEditors.code()).isEqualTo("FORBIDDEN");
    }

    /**
     * A history page and a StratML export handed to someone else name the event they reflect by its
     * hash; the verifier on command-service finds that hash in the edition's intact history.
     */
    @Test
    void theHistoryAndTheExportCarryTheHashTheVerifierFindsAgain() {
        awaitBoth();
        Api auditor = new Api(services.command().port(), "auditor");
        JsonNode verdict = auditor.read("/api/verify/strategies/" + FIRST);
        assertThat(verdict.get("intact").asBoolean()).as(verdict.toString()).isTrue();
        String head = verdict.get("hash").asString();

        // The history also lists changes other streams (the line's) recorded about this edition. A page
        // holds back changes above a position the store has not settled yet (for at most 10 s).
        long verified = verdict.get("sequenceNumber").asLong();
        List<JsonNode> own = await("the edition's own changes up to " + verified).atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200)).until(this::ownHistory, changes -> !changes.isEmpty()
                        && changes.get(changes.size() - 1).get("sequenceNumber").asLong() >= verified);
        assertThat(own).as("the edition's own changes in its history").isNotEmpty();
        assertThat(own.get(own.size() - 1).get("chainHash").asString()).isEqualTo(head);
        JsonNode second = own.get(1);
        JsonNode copy = auditor.read("/api/verify/strategies/" + FIRST + "?hash=" + second.get("chainHash").asString())
                .get("copy");
        assertThat(copy.get("found").asBoolean()).isTrue();
        assertThat(copy.get("sequenceNumber").asLong()).isEqualTo(second.get("sequenceNumber").asLong());

        String xml = reader.get("/api/strategies/" + FIRST + "/stratml").body();
        assertThat(xml).contains("history-hash: " + head)
                .contains("history-sequence: " + verdict.get("sequenceNumber").asLong());
        // Exported as known before the correction, the copy reflects the event before it.
        JsonNode corrected = own.stream().filter(c -> c.get("event").asString().equals("ElementCorrected")).findFirst().orElseThrow();
        JsonNode before = own.stream().filter(c -> c.get("sequenceNumber").asLong() == corrected.get("sequenceNumber").asLong() - 1)
                .findFirst().orElseThrow();
        assertThat(reader.get("/api/strategies/" + FIRST + "/stratml?knownAt=" + beforeCorrection).body())
                .contains("history-sequence: " + before.get("sequenceNumber").asLong())
                .contains("history-hash: " + before.get("chainHash").asString());
        JsonNode store = auditor.read("/api/verify");
        assertThat(store.get("verdict").asString()).startsWith("intact up to position ");
    }

    @Test
    void theDiffToTheNextEditionPairsGoalsByLineage() {
        awaitBoth();
        JsonNode diff = reader.read("/api/diff?from=" + FIRST + "&to=" + NEXT);
        List<String> changes = diff.get("changes").valueStream()
                .map(c -> c.get("kinds").valueStream().map(JsonNode::asString).toList() + " " + c.get("type").asString()
                        + " " + c.get("pairedBy").asString(""))
                .toList();
        assertThat(changes).containsExactlyInAnyOrder("[REWORDED] GOAL LINEAGE", "[ADDED] OBJECTIVE ");
    }

    @Test
    void theCrosswalkShowsTheAlignmentFromBothEnds() {
        awaitBoth();
        // The aligning edition is a draft: its links are left out unless asked for, and marked as a draft's.
        assertThat(reader.read("/api/strategies/" + NEXT + "/elements/objective-1.1/alignments")).isEmpty();
        JsonNode outgoing = reader.read("/api/strategies/" + NEXT + "/elements/objective-1.1/alignments?includeDrafts=true");
        assertThat(outgoing.valueStream().map(a -> a.get("alignmentId").asString()).toList()).containsExactly("to-2020");
        assertThat(outgoing.at("/0/fromEditionStatus").asString()).isEqualTo("DRAFT");
        JsonNode incoming = reader.read("/api/strategies/" + FIRST + "/elements/goal-1/alignments?includeDrafts=true");
        assertThat(incoming).hasSize(1);
        assertThat(incoming.at("/0/direction").asString()).isEqualTo("SUPPORTED_BY");
        assertThat(incoming.at("/0/fromTitle").asString()).isEqualTo("Anticipate threats");
        assertThat(incoming.at("/0/basis").asString()).isEqualTo("STATED");
        assertThat(incoming.at("/0/citation/page").asString()).isEqualTo("40");
    }

    private List<JsonNode> ownHistory() {
        return reader.as("auditor").read("/api/strategies/" + FIRST + "/history").get("changes").valueStream()
                .filter(c -> c.get("aggregateId").asString().equals(FIRST)).toList();
    }

    /** Both editions' last writes, waited for the way a client reads its own write. */
    private void awaitBoth() {
        reader.read("/api/strategies/" + NEXT + "?minVersion=" + nextVersion);
        reader.read("/api/strategies/" + FIRST + "?minVersion=" + firstVersion);
    }
}
