package org.strategylifecycle.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.strategylifecycle.client.command.api.AlignmentsApi;
import org.strategylifecycle.client.command.api.AnnotationsApi;
import org.strategylifecycle.client.command.api.CorrectionsApi;
import org.strategylifecycle.client.command.api.EditionsApi;
import org.strategylifecycle.client.command.api.ExternalIdentifiersApi;
import org.strategylifecycle.client.command.api.GoalsApi;
import org.strategylifecycle.client.command.api.StakeholdersApi;
import org.strategylifecycle.client.command.api.ImportsApi;
import org.strategylifecycle.client.command.api.InitiativesApi;
import org.strategylifecycle.client.command.api.LineageApi;
import org.strategylifecycle.client.command.api.MeasuresApi;
import org.strategylifecycle.client.command.api.MissionAreasApi;
import org.strategylifecycle.client.command.api.ObjectivesApi;
import org.strategylifecycle.client.command.api.OutcomesApi;
import org.strategylifecycle.client.command.api.StatementsApi;
import org.strategylifecycle.client.command.api.StrategyLinesApi;
import org.strategylifecycle.client.command.model.IdentifyElementExternallyRequest;
import org.strategylifecycle.client.command.model.RecordStakeholderRequest;
import org.strategylifecycle.client.command.model.ReviseStakeholderRequest;
import org.strategylifecycle.client.command.model.AnnotateRequest;
import org.strategylifecycle.client.command.model.ReviseAnnotationRequest;
import org.strategylifecycle.client.command.model.AddGoalRequest;
import org.strategylifecycle.client.command.model.AddMissionAreaRequest;
import org.strategylifecycle.client.command.model.AdoptObjectiveRequest;
import org.strategylifecycle.client.command.model.AlignObjectiveRequest;
import org.strategylifecycle.client.command.model.AlignmentTarget;
import org.strategylifecycle.client.command.model.ChangeBody;
import org.strategylifecycle.client.command.model.CommandAccepted;
import org.strategylifecycle.client.command.model.CorrectElementRequest;
import org.strategylifecycle.client.command.model.DefineMeasureRequest;
import org.strategylifecycle.client.command.model.DefineOutcomeRequest;
import org.strategylifecycle.client.command.model.DraftStrategyRequest;
import org.strategylifecycle.client.command.model.EstablishLineRequest;
import org.strategylifecycle.client.command.model.ImportAnswer;
import org.strategylifecycle.client.command.model.LaunchInitiativeRequest;
import org.strategylifecycle.client.command.model.LinkLineageRequest;
import org.strategylifecycle.client.command.model.LinkProvenance;
import org.strategylifecycle.client.command.model.Period;
import org.strategylifecycle.client.command.model.PeriodValueRequest;
import org.strategylifecycle.client.command.model.RecordStatementRequest;
import org.strategylifecycle.client.command.model.ReviseGoalRequest;
import org.strategylifecycle.client.command.model.ReviseInitiativeRequest;
import org.strategylifecycle.client.command.model.ReviseMeasureRequest;
import org.strategylifecycle.client.command.model.ReviseMissionAreaRequest;
import org.strategylifecycle.client.command.model.ReviseObjectiveRequest;
import org.strategylifecycle.client.command.model.ReviseOutcomeRequest;
import org.strategylifecycle.client.command.model.ReviseStatementRequest;
import org.strategylifecycle.client.command.model.SupersedeStrategyRequest;
import org.strategylifecycle.client.query.api.DiffsApi;
import org.strategylifecycle.client.query.api.HistoryApi;
import org.strategylifecycle.client.query.api.LinesAndLinksApi;
import org.strategylifecycle.client.query.model.AlignmentView;
import org.strategylifecycle.client.query.model.ChangeView;
import org.strategylifecycle.client.query.model.DiffEntry;
import org.strategylifecycle.client.query.model.DiffView;
import org.strategylifecycle.client.query.model.EditionView;
import org.strategylifecycle.client.query.model.ElementView;
import org.strategylifecycle.client.query.model.LineView;
import org.strategylifecycle.client.query.model.LineageEdgeView;
import org.strategylifecycle.client.query.model.MeasureView;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A client developer's path: Java clients generated at build time from the published OpenAPI
 * descriptions (docs/api; system-tests' pom) drive one edition's whole lifecycle on command-service
 * and read it back from query-service, both running as packaged jars on one PostgreSQL. Every example
 * body of the command description is read from the published file, mapped onto the generated model
 * without losing a field, sent, and accepted: an example the service refuses fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientIT {

    private static final Path DOCS = Path.of(System.getProperty("api.docs.dir", "../docs/api"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private BothServices services;
    private ObjectMapper json;
    private JsonNode commandDescription;
    private final Set<String> examplesSent = new TreeSet<>();

    private org.strategylifecycle.client.command.ApiClient commands;
    private org.strategylifecycle.client.query.ApiClient reads;
    private String queryUrl;

    /** The edition of the examples, the later one that supersedes it, and its line. */
    private String edition;
    private String later;
    private String line;
    private long version;

    @BeforeAll
    void start() throws Exception {
        services = BothServices.start("client");
        queryUrl = "http://localhost:" + services.query().port();
        commands = new org.strategylifecycle.client.command.ApiClient();
        commands.updateBaseUri("http://localhost:" + services.command().port());
        commands.setRequestInterceptor(login("editor"));
        reads = new org.strategylifecycle.client.query.ApiClient();
        reads.updateBaseUri(queryUrl);
        reads.setRequestInterceptor(login("auditor"));
        json = commands.getObjectMapper();
        commandDescription = json.readTree(DOCS.resolve("command-service.openapi.json").toFile());
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void oneEditionsLifecycleThroughTheGeneratedClients() throws Exception {
        recordTheEditionFromTheExamples();
        readItBack();
        assertThat(examplesSent).as("every example body of the published description was sent and accepted")
                .isEqualTo(operationsWithExamples());
    }

    private void recordTheEditionFromTheExamples() throws Exception {
        var lineAnswer = new StrategyLinesApi(commands).establishStrategyLineWithHttpInfo(
                example("establishStrategyLine", EstablishLineRequest.class), null, null);
        line = lineAnswer.getData().getId();
        assertCreatedAt(lineAnswer, queryUrl + "/api/lines/" + line);

        EditionsApi editions = new EditionsApi(commands);
        DraftStrategyRequest draft = example("draftStrategy", DraftStrategyRequest.class);
        edition = draft.getStrategyId();
        var drafted = editions.draftStrategyWithHttpInfo(draft, null, null);
        assertCreatedAt(drafted, queryUrl + "/api/strategies/" + edition);
        version = drafted.getData().getVersion();

        // The tree of the examples: goal-1 > mission-area-1.a > objective-1.1 > initiative, outcome > measure.
        GoalsApi goals = new GoalsApi(commands);
        StatementsApi statements = new StatementsApi(commands);
        MissionAreasApi areas = new MissionAreasApi(commands);
        ObjectivesApi objectives = new ObjectivesApi(commands);
        InitiativesApi initiatives = new InitiativesApi(commands);
        OutcomesApi outcomes = new OutcomesApi(commands);
        MeasuresApi measures = new MeasuresApi(commands);
        created(statements.recordStatementWithHttpInfo(edition, example("recordStatement", RecordStatementRequest.class), null, null, null));
        AddGoalRequest goal = example("addGoal", AddGoalRequest.class);
        var goalAnswer = goals.addGoalWithHttpInfo(edition, goal, "add-" + goal.getElementId(), etag(), "client-it-goal");
        created(goalAnswer);
        var replayed = goals.addGoalWithHttpInfo(edition, goal, "add-" + goal.getElementId(), null, null);
        assertThat(replayed.getData()).as("the same Idempotency-Key replays the first answer").isEqualTo(goalAnswer.getData());
        assertThat(goalAnswer.getHeaders().get("x-request-id")).containsExactly("client-it-goal");
        created(areas.addMissionAreaWithHttpInfo(edition, example("addMissionArea", AddMissionAreaRequest.class), null, null, null));
        created(objectives.adoptObjectiveWithHttpInfo(edition, example("adoptObjective", AdoptObjectiveRequest.class), null, null, null));
        created(initiatives.launchInitiativeWithHttpInfo(edition, example("launchInitiative", LaunchInitiativeRequest.class), null, null, null));
        created(outcomes.defineOutcomeWithHttpInfo(edition, example("defineOutcome", DefineOutcomeRequest.class), null, null, null));
        DefineMeasureRequest measure = example("defineMeasure", DefineMeasureRequest.class);
        created(measures.defineMeasureWithHttpInfo(edition, measure, null, null, null));
        String measureId = measure.getElementId();
        // A stakeholder of goal 1, and the goal's published identifier (ADR 20), before the adoption.
        StakeholdersApi stakeholders = new StakeholdersApi(commands);
        RecordStakeholderRequest stakeholder = example("recordStakeholder", RecordStakeholderRequest.class);
        created(stakeholders.recordStakeholderWithHttpInfo(edition, stakeholder, null, null, null));
        accepted(new ExternalIdentifiersApi(commands).identifyElementExternallyWithHttpInfo(edition, goal.getElementId(),
                example("identifyElementExternally", IdentifyElementExternallyRequest.class), null, etag(), null));

        // Elements of this test's own, for the retirement examples, which need members-first order.
        LocalDate start = draft.getEffectiveDate();
        accepted(goals.addGoalWithHttpInfo(edition, new AddGoalRequest().elementId("goal-9").number("9")
                .title("A goal to retire").effectiveDate(start), null, null, null));
        accepted(areas.addMissionAreaWithHttpInfo(edition, new AddMissionAreaRequest().elementId("mission-area-9.a")
                .goalId("goal-9").title("An area to retire").effectiveDate(start), null, null, null));
        accepted(objectives.adoptObjectiveWithHttpInfo(edition, new AdoptObjectiveRequest().elementId("objective-9.1")
                .parentId("mission-area-9.a").title("An objective to retire").effectiveDate(start), null, null, null));
        accepted(initiatives.launchInitiativeWithHttpInfo(edition, new LaunchInitiativeRequest().elementId("initiative-9.1.1")
                .parentId("objective-9.1").title("An initiative to retire").effectiveDate(start), null, null, null));
        accepted(outcomes.defineOutcomeWithHttpInfo(edition, new DefineOutcomeRequest().elementId("outcome-9.1")
                .parentId("objective-9.1").statement("An outcome to retire").effectiveDate(start), null, null, null));
        accepted(measures.defineMeasureWithHttpInfo(edition, new DefineMeasureRequest().elementId("measure-9.1.a")
                .parentId("outcome-9.1").title("A measure to retire").measureType(DefineMeasureRequest.MeasureTypeEnum.OUTPUT)
                .effectiveDate(start), null, null, null));
        accepted(statements.recordStatementWithHttpInfo(edition, new RecordStatementRequest().elementId("statement-9")
                .kind(RecordStatementRequest.KindEnum.OTHER).label("Motto").text("A statement to retire")
                .effectiveDate(start), null, null, null));

        accepted(editions.adoptStrategyWithHttpInfo(edition, example("adoptStrategy", ChangeBody.class), null, etag(), null));
        accepted(measures.setMeasureTargetWithHttpInfo(edition, measureId, example("setMeasureTarget", PeriodValueRequest.class), null, etag(), null));
        accepted(measures.recordMeasureActualWithHttpInfo(edition, measureId, example("recordMeasureActual", PeriodValueRequest.class), null, etag(), null));

        AlignmentsApi alignments = new AlignmentsApi(commands);
        AlignObjectiveRequest alignment = example("alignObjective", AlignObjectiveRequest.class);
        var aligned = alignments.alignObjectiveWithHttpInfo(edition, alignment, null, null, null);
        assertCreatedAt(aligned, queryUrl + "/api/strategies/" + edition + "/elements/" + alignment.getElementId() + "/alignments");
        version = aligned.getData().getVersion();
        accepted(alignments.alignObjectiveWithHttpInfo(edition, new AlignObjectiveRequest().alignmentId("alignment-to-remove")
                .elementId(alignment.getElementId())
                .target(new AlignmentTarget().document("An older plan").number("9").text("A target no longer claimed"))
                .provenance(new LinkProvenance().basis(LinkProvenance.BasisEnum.INFERRED).inferredFrom("the same wording"))
                .effectiveDate(start), null, null, null));
        accepted(alignments.removeAlignmentWithHttpInfo(edition, "alignment-to-remove", example("removeAlignment", ChangeBody.class), null, etag(), null));

        AnnotationsApi notes = new AnnotationsApi(commands);
        AnnotateRequest note = example("annotateReading", AnnotateRequest.class);
        var annotated = notes.annotateReadingWithHttpInfo(edition, note, null, null, null);
        assertCreatedAt(annotated, queryUrl + "/api/strategies/" + edition);
        version = annotated.getData().getVersion();
        accepted(notes.reviseAnnotationWithHttpInfo(edition, note.getAnnotationId(),
                example("reviseAnnotation", ReviseAnnotationRequest.class), null, etag(), null));
        accepted(notes.withdrawAnnotationWithHttpInfo(edition, note.getAnnotationId(),
                example("withdrawAnnotation", ChangeBody.class), null, etag(), null));

        accepted(statements.reviseStatementWithHttpInfo(edition, "mission", example("reviseStatement", ReviseStatementRequest.class), null, etag(), null));
        accepted(goals.reviseGoalWithHttpInfo(edition, goal.getElementId(), example("reviseGoal", ReviseGoalRequest.class), null, etag(), null));
        accepted(areas.reviseMissionAreaWithHttpInfo(edition, "mission-area-1.a", example("reviseMissionArea", ReviseMissionAreaRequest.class), null, etag(), null));
        accepted(objectives.reviseObjectiveWithHttpInfo(edition, "objective-1.1", example("reviseObjective", ReviseObjectiveRequest.class), null, etag(), null));
        accepted(initiatives.reviseInitiativeWithHttpInfo(edition, "initiative-1.1.1", example("reviseInitiative", ReviseInitiativeRequest.class), null, etag(), null));
        accepted(outcomes.reviseOutcomeWithHttpInfo(edition, "outcome-1.1", example("reviseOutcome", ReviseOutcomeRequest.class), null, etag(), null));
        accepted(measures.reviseMeasureWithHttpInfo(edition, measureId, example("reviseMeasure", ReviseMeasureRequest.class), null, etag(), null));

        accepted(stakeholders.reviseStakeholderWithHttpInfo(edition, stakeholder.getStakeholderId(),
                example("reviseStakeholder", ReviseStakeholderRequest.class), null, etag(), null));
        accepted(stakeholders.removeStakeholderWithHttpInfo(edition, stakeholder.getStakeholderId(),
                example("removeStakeholder", ChangeBody.class), null, etag(), null));
        accepted(measures.retireMeasureWithHttpInfo(edition, "measure-9.1.a", example("retireMeasure", ChangeBody.class), null, etag(), null));
        accepted(initiatives.retireInitiativeWithHttpInfo(edition, "initiative-9.1.1", example("retireInitiative", ChangeBody.class), null, etag(), null));
        accepted(outcomes.retireOutcomeWithHttpInfo(edition, "outcome-9.1", example("retireOutcome", ChangeBody.class), null, etag(), null));
        accepted(objectives.retireObjectiveWithHttpInfo(edition, "objective-9.1", example("retireObjective", ChangeBody.class), null, etag(), null));
        accepted(areas.retireMissionAreaWithHttpInfo(edition, "mission-area-9.a", example("retireMissionArea", ChangeBody.class), null, etag(), null));
        accepted(goals.retireGoalWithHttpInfo(edition, "goal-9", example("retireGoal", ChangeBody.class), null, etag(), null));
        accepted(statements.retireStatementWithHttpInfo(edition, "statement-9", example("retireStatement", ChangeBody.class), null, etag(), null));
        accepted(initiatives.completeInitiativeWithHttpInfo(edition, "initiative-1.1.1", example("completeInitiative", ChangeBody.class), null, etag(), null));

        assertThatThrownBy(() -> goals.reviseGoal(edition, goal.getElementId(), example("reviseGoal", ReviseGoalRequest.class),
                null, "\"1\"", null))
                .as("a stale If-Match is refused with the documented problem")
                .isInstanceOfSatisfying(org.strategylifecycle.client.command.ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(412);
                    assertThat(e.getResponseBody()).contains("VERSION_MISMATCH");
                });

        // The later edition of the line, which the examples of lineage and supersession name.
        SupersedeStrategyRequest supersession = example("supersedeStrategy", SupersedeStrategyRequest.class);
        later = supersession.getSupersededBy();
        LinkLineageRequest lineage = example("linkLineage", LinkLineageRequest.class);
        LocalDate drafted2 = lineage.getEffectiveDate();
        editions.draftStrategy(new DraftStrategyRequest().strategyId(later).lineId(line).title("Example Agency Strategy 2029–2032")
                .organization(draft.getOrganization()).period(new Period().label("2029–2032").fromYear(2029).toYear(2032))
                .effectiveDate(drafted2), null, null);
        goals.addGoal(later, new AddGoalRequest().elementId(lineage.getElementId()).number("1").title("Secure the border")
                .effectiveDate(drafted2), null, null, null);
        var linked = new LineageApi(commands).linkLineageWithHttpInfo(later, lineage, null, null, null);
        assertCreatedAt(linked, queryUrl + "/api/strategies/" + later + "/elements/" + lineage.getElementId() + "/lineage");
        editions.adoptStrategy(later, new ChangeBody().effectiveDate(supersession.getEffectiveDate()), null, null, null);
        version = editions.supersedeStrategyWithHttpInfo(edition, supersession, null, etag(), null).getData().getVersion();
        accepted(new CorrectionsApi(commands).correctElementWithHttpInfo(edition, goal.getElementId(),
                example("correctElement", CorrectElementRequest.class), null, etag(), null));

        String scratch = "client-it-retired-draft";
        editions.draftStrategy(new DraftStrategyRequest().strategyId(scratch).title("A draft withdrawn")
                .organization(draft.getOrganization()).period(draft.getPeriod()).effectiveDate(start), null, null);
        editions.retireStrategy(scratch, example("retireStrategy", ChangeBody.class), null, null, null);

        ImportsApi imports = new ImportsApi(commands);
        var imported = imports.importStratmlWithHttpInfo(start.toString(), null, null, null, null, false, "client-it-import", null,
                xmlExample("importStratml"));
        assertThat(imported.getStatusCode()).isEqualTo(201);
        ImportAnswer answer = imported.getData();
        assertThat(answer.getGoals()).isEqualTo(1);
        assertThat(answer.getObjectives()).isEqualTo(1);
        assertThat(imported.getHeaders().get("location")).containsExactly(queryUrl + "/api/strategies/" + answer.getId());
        // Sent again with its Idempotency-Key, the import records nothing and answers as the first time.
        var again = imports.importStratmlWithHttpInfo(start.toString(), null, null, null, null, false, "client-it-import", null,
                xmlExample("importStratml"));
        assertThat(again.getStatusCode()).isEqualTo(201);
        assertThat(again.getData().getId()).isEqualTo(answer.getId());
        assertThat(again.getData().getVersion()).isEqualTo(answer.getVersion());
    }

    private void readItBack() throws Exception {
        var editionsRead = new org.strategylifecycle.client.query.api.EditionsApi(reads);
        var edited = editionsRead.getEditionWithHttpInfo(edition, null, null, version, null, null);
        EditionView now = edited.getData();
        assertThat(now.getStrategy().getStatus()).isEqualTo("SUPERSEDED");
        assertThat(now.getStrategy().getSupersededBy()).isEqualTo(later);
        assertThat(now.getStatements()).extracting(ElementView::getElementId).containsExactly("mission", "statement-9");
        assertThat(now.getStatements().get(0).getText()).contains("beyond the ports");
        ElementView goal = now.getGoals().get(0);
        assertThat(goal.getElementId()).isEqualTo("goal-1");
        assertThat(goal.getTitle()).isEqualTo("Secure the border and its approaches");
        assertThat(goal.getOverview()).as("the correction").isEqualTo("The first of four goals.");
        ElementView objective = goal.getMembers().get(0).getMembers().get(0);
        assertThat(objective.getElementId()).isEqualTo("objective-1.1");
        assertThat(objective.getMembers()).extracting(ElementView::getElementId).contains("initiative-1.1.1", "outcome-1.1");
        assertThat(objective.getMembers()).filteredOn(e -> e.getElementId().equals("initiative-1.1.1"))
                .extracting(e -> e.getStatus().getValue()).containsExactly("COMPLETED");
        assertThat(now.getGoals()).filteredOn(e -> e.getElementId().equals("goal-9"))
                .extracting(e -> e.getStatus().getValue()).containsExactly("RETIRED");

        // Every answer carries the read model's position, so writes still being projected (this test's
        // StratML import) change the tag: read until two reads agree, then ask again conditionally.
        String etag = edited.getHeaders().get("etag").get(0);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            String again = editionsRead.getEditionWithHttpInfo(edition, null, null, null, null, null)
                    .getHeaders().get("etag").get(0);
            if (again.equals(etag)) {
                break;
            }
            etag = again;
            Thread.sleep(200);
        }
        String settled = etag;
        assertThatThrownBy(() -> editionsRead.getEdition(edition, null, null, null, settled, null))
                .as("an unchanged read is 304 Not Modified")
                .isInstanceOfSatisfying(org.strategylifecycle.client.query.ApiException.class,
                        e -> assertThat(e.getCode()).isEqualTo(304));

        EditionView before = editionsRead.getEdition(edition, LocalDate.parse("2025-06-30"), null, null, null, null);
        assertThat(before.getStatements().get(0).getText()).as("as of a date before the revision")
                .isEqualTo("Protect the nation and its people at and between the ports of entry.");

        ElementView measure = editionsRead.getElement(edition, "measure-1.1.a", null, null, null);
        assertThat(measure.getTargets()).singleElement().satisfies(target -> {
            assertThat(target.getPeriod()).isEqualTo("FY2025");
            assertThat(target.getValue()).isEqualByComparingTo(new BigDecimal("90"));
        });
        assertThat(measure.getActuals()).singleElement()
                .satisfies(actual -> assertThat(actual.getValue()).isEqualByComparingTo(new BigDecimal("87.5")));
        List<MeasureView> measures = new org.strategylifecycle.client.query.api.MeasuresApi(reads).getMeasures(edition, null, null);
        assertThat(measures).extracting(MeasureView::getElementId).contains("measure-1.1.a", "measure-9.1.a");

        // A history page holds back changes above a position the store has not settled yet (for at
        // most 10 s), and the correction is this edition's last change.
        List<ChangeView> history = await("goal-1's history up to its correction").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> new HistoryApi(reads).getEditionHistory(edition, "goal-1", null, null, null, null, null, null, null)
                        .getChanges(), changes -> changes.stream().anyMatch(c -> "CORRECTION".equals(c.getKind())));
        assertThat(history).extracting(ChangeView::getKind).contains("REVISION", "CORRECTION");
        assertThat(history).extracting(ChangeView::getEvent).contains("GoalAdded", "GoalRevised");

        LinesAndLinksApi links = new LinesAndLinksApi(reads);
        assertThat(links.getEditionAlignments(edition, null, null, null)).extracting(AlignmentView::getAlignmentId)
                .contains("alignment-1.1-dhs-2.1").doesNotContain("alignment-to-remove");
        List<LineageEdgeView> lineage = links.getElementLineage(later, "goal-1", null, null, null);
        assertThat(lineage).singleElement().satisfies(edge -> {
            assertThat(edge.getPredecessorStrategyId()).isEqualTo(edition);
            assertThat(edge.getPredecessorElementId()).isEqualTo("goal-1");
        });
        LineView theLine = links.getLine(line, null, null);
        assertThat(theLine.getEditions()).extracting(e -> e.getStrategyId()).containsExactly(edition, later);
        assertThat(theLine.getSupersessions()).singleElement()
                .satisfies(s -> assertThat(s.getSupersedingStrategyId()).isEqualTo(later));

        DiffView diff = new DiffsApi(reads).diffEditions(edition, later, null, null, null, null, null, null, null);
        assertThat(diff.getChanges()).filteredOn(change -> change.getAfter() != null
                        && "goal-1".equals(change.getAfter().getElementId()) && change.getBefore() != null)
                .extracting(DiffEntry::getPairedBy).containsExactly("LINEAGE");

        HttpResponse<String> located = HTTP.send(HttpRequest.newBuilder(
                URI.create(queryUrl + "/api/strategies/" + edition + "/elements/goal-1")).header("Authorization", basic("viewer"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(located.statusCode()).as("a Location answered by command-service is where query-service reads it")
                .isEqualTo(200);
    }

    /** The example body of {@code operationId}, as the generated model; it must map without losing a field. */
    private <T> T example(String operationId, Class<T> type) throws IOException {
        JsonNode example = requestBody(operationId).path("application/json").path("example");
        assertThat(example.isObject()).as(operationId + " has a JSON example").isTrue();
        T model = json.treeToValue(example, type);
        JsonNode again = json.valueToTree(model);
        assertThat(again.equals(NUMBERS_BY_VALUE, example))
                .as(operationId + ": the example maps onto " + type.getSimpleName() + " and back unchanged: " + again)
                .isTrue();
        examplesSent.add(operationId);
        return model;
    }

    private String xmlExample(String operationId) {
        JsonNode example = requestBody(operationId).path("application/xml").path("example");
        assertThat(example.isTextual()).as(operationId + " has an XML example").isTrue();
        examplesSent.add(operationId);
        return example.asText();
    }

    private JsonNode requestBody(String operationId) {
        for (JsonNode path : commandDescription.path("paths")) {
            for (JsonNode operation : path) {
                if (operationId.equals(operation.path("operationId").asText())) {
                    return operation.path("requestBody").path("content");
                }
            }
        }
        throw new AssertionError("the published description has no operation " + operationId);
    }

    private Set<String> operationsWithExamples() {
        Set<String> ids = new TreeSet<>();
        for (JsonNode path : commandDescription.path("paths")) {
            for (JsonNode operation : path) {
                for (Iterator<JsonNode> media = operation.path("requestBody").path("content").elements(); media.hasNext(); ) {
                    if (media.next().has("example")) {
                        ids.add(operation.path("operationId").asText());
                    }
                }
            }
        }
        return ids;
    }

    /** Numbers equal by value: the example's 90 is the model's BigDecimal 90. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private void created(org.strategylifecycle.client.command.ApiResponse<CommandAccepted> answer) {
        assertCreatedAt(answer, queryUrl + "/api/strategies/" + edition + "/elements/" + answer.getData().getId());
        version = answer.getData().getVersion();
    }

    private void assertCreatedAt(org.strategylifecycle.client.command.ApiResponse<CommandAccepted> answer, String location) {
        assertThat(answer.getStatusCode()).isEqualTo(201);
        assertThat(answer.getHeaders().get("location")).containsExactly(location);
        assertThat(answer.getHeaders().get("etag")).containsExactly("\"" + answer.getData().getVersion() + "\"");
    }

    private void accepted(org.strategylifecycle.client.command.ApiResponse<CommandAccepted> answer) {
        assertThat(answer.getStatusCode()).isBetween(200, 201);
        assertThat(answer.getHeaders().get("etag")).containsExactly("\"" + answer.getData().getVersion() + "\"");
        version = answer.getData().getVersion();
    }

    /** The edition's version as last answered, for If-Match. */
    private String etag() {
        return "\"" + version + "\"";
    }

    private static Consumer<HttpRequest.Builder> login(String user) {
        return request -> request.header("Authorization", basic(user));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
