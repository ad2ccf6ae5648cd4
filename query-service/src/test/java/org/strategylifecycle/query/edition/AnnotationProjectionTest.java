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
import org.strategylifecycle.api.annotation.Alternative;
import org.strategylifecycle.api.annotation.AnnotationRecorded;
import org.strategylifecycle.api.annotation.AnnotationRevised;
import org.strategylifecycle.api.annotation.AnnotationSubject;
import org.strategylifecycle.api.annotation.AnnotationSubjectKind;
import org.strategylifecycle.api.annotation.AnnotationWithdrawn;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.common.StrategyJson;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.lineage.LineageLinked;
import org.strategylifecycle.api.lineage.LineageRelation;
import org.strategylifecycle.api.objective.ObjectiveAdopted;
import org.strategylifecycle.api.strategy.StrategyAdopted;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.api.strategy.StrategySuperseded;
import org.strategylifecycle.query.EventStoreDatabase;
import org.strategylifecycle.query.ReadModels;
import org.strategylifecycle.query.config.TrackingPositions;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Annotations in every read, against real PostgreSQL over real HTTP: on elements, on the edition, on
 * links, revised and withdrawn, now and as of a date as known at a time; and what link views add to
 * say what they mix: the status of each row's editions (drafts left out unless asked for), full
 * numbers of targets, and an edition's supersession with its provenance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnotationProjectionTest {

    private static final String REFERENCED = "ann-cbp-2021";
    private static final String OLD = "ann-opr-2019";
    private static final String OPR = "ann-opr-2024";
    private static final String DRAFT = "ann-opr-copy";
    private static final String LINE = "ann-opr-line";
    private static final Organization OPR_ORG = new Organization("OPR", "Office of Professional Responsibility", "CBP");
    private static final Citation APPENDIX = new Citation("OPR Strategy 2024-2028", "Appendix A", "41");
    private static final AnnotationSubject TITLE = new AnnotationSubject(AnnotationSubjectKind.ELEMENT, "objective-1-1", "title");
    private static final List<Alternative> PRINTED = List.of(
            new Alternative("Recruit and retain a high caliber and diverse workforce", new Citation("OPR Strategy 2024-2028", "Objective 1-1", "23")),
            new Alternative("Recruit and Retain a High Caliber and Diverse Workforce", new Citation("OPR Strategy 2024-2028", "Contents", "3")));

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        EventStoreDatabase.register(registry, "annotations");
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

    private Instant beforeRevision;
    private GenericDomainEventMessage<AnnotationRevised> revision;

    @BeforeAll
    void recordHistory() throws Exception {
        publish(REFERENCED, 0, new StrategyDrafted(REFERENCED, null, "CBP Strategy 2021-2026", OPR_ORG,
                new Period("2021-2026", 2021, 2026), true, change("2020-12-01")));
        publish(REFERENCED, 1, new GoalAdded(REFERENCED, "goal-2", "2", "Goal 2", null, null, 1, change("2020-12-01")));
        publish(REFERENCED, 2, new ObjectiveAdopted(REFERENCED, "goal-2.objective-3", "goal-2", "3", "Goal 2, Objective 3", null, 1,
                change("2020-12-01")));
        publish(REFERENCED, 3, new GoalAdded(REFERENCED, "goal-3", "3", "Goal 3", null, null, 2, change("2020-12-01")));
        publish(REFERENCED, 4, new ObjectiveAdopted(REFERENCED, "goal-3.objective-3", "goal-3", "3", "Goal 3, Objective 3", null, 1,
                change("2020-12-01")));
        publish(REFERENCED, 5, new StrategyAdopted(REFERENCED, change("2020-12-01")));

        publish(OLD, 0, new StrategyDrafted(OLD, LINE, "OPR Strategy 2019-2023", OPR_ORG, new Period("2019-2023", 2019, 2023),
                false, change("2019-01-01")));
        publish(OLD, 1, new GoalAdded(OLD, "goal-1", "1", "People", null, null, 1, change("2019-01-01")));
        publish(OLD, 2, new StrategyAdopted(OLD, change("2019-01-01")));

        publish(OPR, 0, new StrategyDrafted(OPR, LINE, "OPR Strategy 2024-2028", OPR_ORG, new Period("2024-2028", 2024, null),
                false, change("2024-01-01")));
        publish(OPR, 1, new GoalAdded(OPR, "goal-1", "1", "People", null, null, 1, change("2024-01-01")));
        publish(OPR, 2, new ObjectiveAdopted(OPR, "objective-1-1", "goal-1", "1-1",
                "Recruit and retain a high caliber and diverse workforce", null, 1, change("2024-01-01")));
        publish(OPR, 3, new ObjectiveAligned(OPR, "alignment-1", "objective-1-1", new AlignmentTarget(REFERENCED,
                "goal-2.objective-3", null, null, null), LinkProvenance.inferred("row 1 prints a range"), change("2024-01-01")));
        publish(OPR, 4, new ObjectiveAligned(OPR, "alignment-2", "objective-1-1", new AlignmentTarget(REFERENCED,
                "goal-3.objective-3", null, null, null), LinkProvenance.stated(APPENDIX), change("2024-01-01")));
        publish(OPR, 5, new LineageLinked(OPR, "lineage-1", "goal-1", new ElementRef(OLD, "goal-1"), LineageRelation.CONTINUES,
                LinkProvenance.inferred("the same goal title"), change("2024-01-01")));
        publish(OPR, 6, new StrategyAdopted(OPR, change("2024-01-01")));
        publish(OPR, 7, new AnnotationRecorded(OPR, "note-title", TITLE, "The Contents capitalises the title", PRINTED,
                "Recruit and retain a high caliber and diverse workforce", "The objective's own heading", change("2024-01-01")));
        publish(OPR, 8, new AnnotationRecorded(OPR, "note-period", new AnnotationSubject(AnnotationSubjectKind.EDITION, OPR,
                "period.toYear"), "The cover prints no end year", List.of(), "no end year", "Nothing printed, nothing recorded",
                change("2024-01-01")));
        publish(OPR, 9, new AnnotationRecorded(OPR, "note-range", new AnnotationSubject(AnnotationSubjectKind.LINK,
                "alignment-1", "target"), "The cell prints a range", List.of(new Alternative("Goal 2, Objective 1-2", APPENDIX)),
                "Objectives 2-1 and 2-2", "OPR numbers its objectives 2-1, 2-2", change("2024-01-01")));
        publish(OPR, 10, new AnnotationRecorded(OPR, "note-lineage", new AnnotationSubject(AnnotationSubjectKind.LINK,
                "lineage-1", null), "Only the title is alike", List.of(), "continues", "Same title and number", change("2024-01-01")));
        publish(OPR, 11, new AnnotationRecorded(OPR, "note-withdrawn", TITLE, "A note made in error", List.of(), "none", "none",
                change("2024-01-01")));
        publish(OPR, 12, new AnnotationWithdrawn(OPR, "note-withdrawn", TITLE, revision("2024-02-01")));
        Thread.sleep(50);
        beforeRevision = Instant.now();
        Thread.sleep(50);
        revision = publish(OPR, 13, new AnnotationRevised(OPR, "note-title", TITLE, "The Contents capitalises the title",
                PRINTED, "Recruit and retain a high caliber and diverse workforce",
                "The objective's own heading, above its text", revision("2024-06-01")));
        publish(OLD, 3, new StrategySuperseded(OLD, OPR, LINE, LinkProvenance.inferred("the next OPR strategy by period"),
                revision("2024-01-01")));

        publish(DRAFT, 0, new StrategyDrafted(DRAFT, null, "OPR Strategy 2024-2028 (copy)", OPR_ORG,
                new Period("2024-2028", 2024, 2028), false, change("2024-01-01")));
        publish(DRAFT, 1, new GoalAdded(DRAFT, "goal-1", "1", "People", null, null, 1, change("2024-01-01")));
        publish(DRAFT, 2, new ObjectiveAdopted(DRAFT, "objective-1-1", "goal-1", "1-1", "Recruit", null, 1, change("2024-01-01")));
        publish(DRAFT, 3, new ObjectiveAligned(DRAFT, "alignment-1", "objective-1-1", new AlignmentTarget(REFERENCED,
                "goal-2.objective-3", null, null, null), LinkProvenance.stated(APPENDIX), change("2024-01-01")));
        awaitCaughtUp();
    }

    @Test
    void theEditionShowsEachNoteOnItsElementAndTheOthersBesideTheTree() throws Exception {
        JsonNode edition = get("/api/strategies/" + OPR);
        JsonNode objective = edition.at("/goals/0/members/0");
        assertThat(objective.get("elementId").asString()).isEqualTo("objective-1-1");
        assertThat(objective.get("annotations")).hasSize(1);
        JsonNode note = objective.at("/annotations/0");
        assertThat(note.get("annotationId").asString()).isEqualTo("note-title");
        assertThat(note.at("/subject/field").asString()).isEqualTo("title");
        assertThat(note.get("uncertainty").asString()).isEqualTo("The Contents capitalises the title");
        assertThat(note.at("/alternatives/1/printed").asString()).isEqualTo("Recruit and Retain a High Caliber and Diverse Workforce");
        assertThat(note.at("/alternatives/1/citation/section").asString()).isEqualTo("Contents");
        assertThat(note.get("chosenReading").asString()).isEqualTo("Recruit and retain a high caliber and diverse workforce");
        assertThat(note.get("reason").asString()).isEqualTo("The objective's own heading, above its text");
        assertThat(note.get("effectiveDate").asString()).isEqualTo("2024-06-01");
        assertThat(edition.at("/goals/0/annotations")).isEmpty();
        assertThat(edition.get("annotations").valueStream().map(n -> n.get("annotationId").asString()).toList())
                .containsExactly("note-lineage", "note-period", "note-range");
    }

    @Test
    void asOfADateTheNoteSaysWhatItSaidThenAndAWithdrawnNoteShowsUntilItsWithdrawal() throws Exception {
        JsonNode january = get("/api/strategies/" + OPR + "?asOf=2024-01-15");
        JsonNode notes = january.at("/goals/0/members/0/annotations");
        assertThat(notes.valueStream().map(n -> n.get("annotationId").asString()).toList())
                .containsExactly("note-title", "note-withdrawn");
        assertThat(notes.at("/0/reason").asString()).isEqualTo("The objective's own heading");
        JsonNode july = get("/api/strategies/" + OPR + "?asOf=2024-07-01");
        assertThat(july.at("/goals/0/members/0/annotations").valueStream().map(n -> n.get("reason").asString()).toList())
                .containsExactly("The objective's own heading, above its text");
        JsonNode knownBefore = get("/api/strategies/" + OPR + "?asOf=2024-07-01&knownAt=" + beforeRevision);
        assertThat(knownBefore.at("/goals/0/members/0/annotations/0/reason").asString()).isEqualTo("The objective's own heading");
        assertThat(knownBefore.get("annotations")).hasSize(3);
    }

    @Test
    void theHistoryOfTheElementShowsItsNotes() throws Exception {
        JsonNode page = get("/api/strategies/" + OPR + "/history?elementId=objective-1-1");
        assertThat(page.get("changes").valueStream().map(c -> c.get("event").asString()).toList())
                .containsExactly("ObjectiveAdopted", "ObjectiveAligned", "ObjectiveAligned", "AnnotationRecorded",
                        "AnnotationRecorded", "AnnotationWithdrawn", "AnnotationRevised");
        assertThat(page.at("/changes/3/after/chosenReading").asString())
                .isEqualTo("Recruit and retain a high caliber and diverse workforce");
    }

    @Test
    void alignmentsNameTheirTargetsInFullAndSayTheStatusOfTheirEditions() throws Exception {
        JsonNode rows = get("/api/strategies/" + REFERENCED + "/alignments");
        assertThat(rows.valueStream().map(r -> r.get("fromStrategyId").asString() + " " + r.get("toFullNumber").asString()).toList())
                .containsExactlyInAnyOrder(OPR + " Goal 2, Objective 3", OPR + " Goal 3, Objective 3");
        assertThat(rows.at("/0/toNumber").asString()).isEqualTo("3");
        assertThat(rows.valueStream().map(r -> r.get("fromEditionStatus").asString() + "/" + r.get("toEditionStatus").asString())
                .distinct().toList()).containsExactly("ADOPTED/ADOPTED");
        assertThat(rows.at("/0/fromFullNumber").asString()).isEqualTo("Goal 1, Objective 1-1");

        JsonNode withDrafts = get("/api/strategies/" + REFERENCED + "/alignments?includeDrafts=true");
        assertThat(withDrafts).hasSize(3);
        assertThat(withDrafts.valueStream().filter(r -> r.get("fromStrategyId").asString().equals(DRAFT))
                .map(r -> r.get("fromEditionStatus").asString()).toList()).containsExactly("DRAFT");
        assertThat(get("/api/strategies/" + DRAFT + "/alignments")).isEmpty();
        assertThat(get("/api/strategies/" + DRAFT + "/elements/objective-1-1/alignments?includeDrafts=true")).hasSize(1);
    }

    @Test
    void linkViewsShowTheNotesOnTheirLinks() throws Exception {
        JsonNode rows = get("/api/strategies/" + OPR + "/elements/objective-1-1/alignments");
        JsonNode range = rows.valueStream().filter(r -> r.get("alignmentId").asString().equals("alignment-1")).findFirst().orElseThrow();
        assertThat(range.at("/annotations/0/annotationId").asString()).isEqualTo("note-range");
        assertThat(range.at("/annotations/0/alternatives/0/printed").asString()).isEqualTo("Goal 2, Objective 1-2");
        JsonNode stated = rows.valueStream().filter(r -> r.get("alignmentId").asString().equals("alignment-2")).findFirst().orElseThrow();
        assertThat(stated.get("annotations")).isEmpty();

        JsonNode lineage = get("/api/strategies/" + OLD + "/elements/goal-1/lineage");
        assertThat(lineage.at("/0/lineageId").asString()).isEqualTo("lineage-1");
        assertThat(lineage.at("/0/annotations/0/annotationId").asString()).isEqualTo("note-lineage");
        assertThat(lineage.at("/0/editionStatus").asString()).isEqualTo("ADOPTED");
        assertThat(lineage.at("/0/predecessorEditionStatus").asString()).isEqualTo("SUPERSEDED");
    }

    @Test
    void aSupersessionShowsItsProvenanceOnTheEditionItself() throws Exception {
        JsonNode superseded = get("/api/strategies/" + OLD).get("strategy");
        assertThat(superseded.at("/supersession/supersededBy").asString()).isEqualTo(OPR);
        assertThat(superseded.at("/supersession/effectiveDate").asString()).isEqualTo("2024-01-01");
        assertThat(superseded.at("/supersession/provenance/basis").asString()).isEqualTo("INFERRED");
        assertThat(superseded.at("/supersession/provenance/inferredFrom").asString()).isEqualTo("the next OPR strategy by period");
        assertThat(get("/api/strategies/" + OLD + "?asOf=2024-02-01").at("/strategy/supersession/provenance/basis").asString())
                .isEqualTo("INFERRED");
        assertThat(get("/api/strategies/" + OLD + "?asOf=2023-06-01").at("/strategy/supersession").isNull()).isTrue();
        assertThat(get("/api/strategies").valueStream().filter(s -> s.get("strategyId").asString().equals(OLD))
                .map(s -> s.at("/supersession/provenance/basis").asString()).toList()).containsExactly("INFERRED");
        assertThat(get("/api/strategies/" + OPR).at("/strategy/supersession").isNull()).isTrue();
    }

    @Test
    void aDiffCarriesTheNotesOfTheElementsItCompares() throws Exception {
        JsonNode diff = get("/api/diff?from=" + DRAFT + "&to=" + OPR);
        JsonNode reworded = diff.get("changes").valueStream()
                .filter(c -> c.at("/after/elementId").asString().equals("objective-1-1")).findFirst().orElseThrow();
        assertThat(reworded.at("/after/annotations/0/annotationId").asString()).isEqualTo("note-title");
        String text = send("/api/diff?from=" + DRAFT + "&to=" + OPR, "text/plain").body();
        assertThat(text).contains("\"Recruit and retain a high caliber and diverse workforce\" [annotated: title]");
    }

    @Test
    void theStratmlExportWritesEveryNote() throws Exception {
        String xml = send("/api/strategies/" + OPR + "/stratml", "application/xml").body();
        assertThat(xml).contains("annotation: note-title; field: title; uncertainty: The Contents capitalises the title; "
                + "printed: Recruit and retain a high caliber and diverse workforce; document: OPR Strategy 2024-2028; "
                + "section: Objective 1-1; page: 23; printed: Recruit and Retain");
        assertThat(xml).contains("annotation: note-range; link: aligns-to 1; field: target;");
        assertThat(xml).contains("annotation: note-period; field: period.toYear;");
        assertThat(xml).doesNotContain("note-withdrawn");
    }

    @Test
    void anUnknownParameterIsRefused() throws Exception {
        HttpResponse<String> refused = send("/api/strategies/" + OPR + "/alignments?includeDraft=true", "application/json");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(StrategyJson.mapper().readTree(refused.body()).get("code").asString()).isEqualTo("UNKNOWN_PARAMETER");
    }

    @Test
    void aRedeliveredNoteChangesNothing() {
        String before = ReadModels.digest(jdbc);
        projection.on(revision.getPayload(), revision);
        assertThat(ReadModels.digest(jdbc)).isEqualTo(before);
    }

    @Test
    void rebuildingGivesTheSameNotes() throws Exception {
        awaitCaughtUp();
        String incremental = ReadModels.digest(jdbc);
        long notes = jdbc.sql("select count(*) from query.annotation").query(Long.class).single();
        TrackingEventProcessor processor = processing
                .eventProcessor(BatchedWriter.GROUP, TrackingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        assertThat(jdbc.sql("select count(*) from query.annotation").query(Long.class).single()).isZero();
        processor.start();
        awaitCaughtUp();
        assertThat(notes).isEqualTo(5);
        assertThat(ReadModels.digest(jdbc)).isEqualTo(incremental);
    }

    private <T> GenericDomainEventMessage<T> publish(String aggregateId, long sequence, T payload) {
        GenericDomainEventMessage<T> message = new GenericDomainEventMessage<>("StrategyEdition", aggregateId, sequence, payload);
        eventStore.publish(message);
        return message;
    }

    private static Change change(String date) {
        return new Change(LocalDate.parse(date), "editor", null, null, ChangeKind.REVISION);
    }

    private static Change revision(String date) {
        return new Change(LocalDate.parse(date), "editor", "a better reason", null, ChangeKind.REVISION);
    }

    private void awaitCaughtUp() throws Exception {
        ReadModels.awaitCaughtUp(jdbc, positions, Duration.ofSeconds(20));
    }

    private JsonNode get(String path) throws Exception {
        return AuditorHttp.get(port, path);
    }

    private HttpResponse<String> send(String path, String accept) throws Exception {
        return AuditorHttp.send(port, path, accept);
    }
}
