package org.strategylifecycle.corpus;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader against the real services: both jars running as processes on a real PostgreSQL, the
 * corpus sent over real HTTP as ./run sends it, and read back through query-service as an auditor.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusLoadHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String AUDITOR = "Basic " + Base64.getEncoder().encodeToString("auditor:auditor".getBytes(StandardCharsets.UTF_8));

    /**
     * Every spot of the corpus's texts where a reader had to choose, as its transcription annotates it:
     * the edition, the annotation, what it is about (an element, the n-th aligns-to line of an element,
     * or the edition) and which reading. corpus/README.md lists them with their grounds.
     */
    record Spot(String strategyId, String annotationId, String kind, String elementId, int alignsTo, String field) {
    }

    static final List<Spot> SPOTS = List.of(
            new Spot("cbp-strategy-2024-2028", "reading-goal-1-title", "ELEMENT", "goal-1", 0, "title"),
            new Spot("cbp-strategy-2024-2028", "reading-mission-area-national-security-title", "ELEMENT", "mission-area-national-security-missions", 0, "title"),
            new Spot("cbp-strategy-2024-2028", "reading-objective-1.1-statement", "ELEMENT", "objective-1.1", 0, "text"),
            new Spot("cbp-strategy-2024-2028", "reading-objective-2.1-statement", "ELEMENT", "objective-2.1", 0, "text"),
            new Spot("cbp-strategy-2024-2028", "reading-objective-2.3-statement", "ELEMENT", "objective-2.3", 0, "text"),
            new Spot("cbp-strategy-2024-2028", "reading-objective-2.7-outcome", "ELEMENT", "outcome-objective-2.7", 0, "text"),
            new Spot("cbp-strategy-2024-2028", "reading-objective-3.1-statement", "ELEMENT", "objective-3.1", 0, "text"),
            new Spot("cbp-strategy-2024-2028", "reading-initiative-1.3.4-prefix", "ELEMENT", "initiative-1.3.4", 0, "title"),
            new Spot("cbp-strategy-2020-2025", "reading-objective-3.2-title", "ELEMENT", "objective-3.2", 0, "title"),
            new Spot("cbp-strategy-2020-2025", "reading-objective-1.1-statement", "ELEMENT", "objective-1.1", 0, "text"),
            new Spot("cbp-integrity-accountability-strategy-2023", "reading-vision-text", "ELEMENT", "vision", 0, "text"),
            new Spot("ofo-poe-strategic-plan-fy2007-2011", "reading-mission-text", "ELEMENT", "mission", 0, "text"),
            new Spot("ofo-poe-strategic-plan-fy2007-2011", "reading-cbp-mission-statement-4", "ELEMENT", "cbp-mission-statement-4", 0, "text"),
            new Spot("ofo-poe-strategic-plan-fy2007-2011", "reading-cbp-mission-statement-6", "ELEMENT", "cbp-mission-statement-6", 0, "text"),
            new Spot("ofo-poe-strategic-plan-fy2007-2011", "reading-objective-1.1-title", "ELEMENT", "objective-1.1", 0, "title"),
            new Spot("ofo-poe-strategic-plan-fy2007-2011", "reading-objective-2.2-title", "ELEMENT", "objective-2.2", 0, "title"),
            new Spot("ofo-poe-strategic-plan-fy2007-2011", "reading-objective-2.3-title", "ELEMENT", "objective-2.3", 0, "title"),
            new Spot("ofo-poe-strategic-plan-fy2007-2011", "reading-measure-1.1.1-title", "ELEMENT", "measure-1.1.1", 0, "title"),
            new Spot("ofo-poe-strategic-plan-fy2007-2011", "reading-measure-2.1.2-prefix", "ELEMENT", "measure-2.1.2", 0, "title"),
            new Spot("ofo-poe-strategic-plan-fy2007-2011", "reading-measure-2.2.1-prefix", "ELEMENT", "measure-2.2.1", 0, "title"),
            new Spot("ofo-poe-strategic-plan-fy2007-2011", "reading-initiative-5.3.1.4-parent", "ELEMENT", "initiative-5.3.1.4", 0, "parent"),
            new Spot("ofo-poe-strategic-plan-fy2007-2011", "reading-initiative-5.3.1.5-parent", "ELEMENT", "initiative-5.3.1.5", 0, "parent"),
            new Spot("ofo-poe-strategic-plan-fy2007-2011", "reading-crosswalk-marks", "EDITION", null, 0, "Appendix B marks"),
            new Spot("ofo-poe-strategic-plan-fy2007-2011", "reading-dhs-plan-name", "EDITION", null, 0, "refers-to"),
            new Spot("cbp-protecting-america", "reading-goal-1-title", "ELEMENT", "goal-1", 0, "title"),
            new Spot("cbp-protecting-america", "reading-goal-4-title", "ELEMENT", "goal-4", 0, "title"),
            new Spot("cbp-protecting-america", "reading-goal-2-number", "ELEMENT", "goal-2", 0, "number"),
            new Spot("cbp-protecting-america", "reading-goal-6-number", "ELEMENT", "goal-6", 0, "number"),
            new Spot("opr-strategy-2024-2028", "reading-vision-text", "ELEMENT", "vision", 0, "text"),
            new Spot("opr-strategy-2024-2028", "reading-mission-text", "ELEMENT", "mission", 0, "text"),
            new Spot("opr-strategy-2024-2028", "reading-goal-1-text", "ELEMENT", "goal-1", 0, "text"),
            new Spot("opr-strategy-2024-2028", "reading-appendix-a-rows", "EDITION", null, 0, "Appendix A rows"),
            new Spot("opr-strategy-2024-2028", "reading-objective-2-1-aligns-to-2", "LINK", "objective-2-1", 2, "alignment"),
            new Spot("opr-strategy-2024-2028", "reading-objective-2-1-aligns-to-3", "LINK", "objective-2-1", 3, "alignment"),
            new Spot("opr-strategy-2024-2028", "reading-objective-2-1-aligns-to-6", "LINK", "objective-2-1", 6, "alignment"),
            new Spot("opr-strategy-2024-2028", "reading-objective-2-1-aligns-to-7", "LINK", "objective-2-1", 7, "alignment"),
            new Spot("opr-strategy-2024-2028", "reading-objective-2-2-aligns-to-1", "LINK", "objective-2-2", 1, "alignment"),
            new Spot("opr-strategy-2024-2028", "reading-objective-2-2-aligns-to-2", "LINK", "objective-2-2", 2, "alignment"),
            new Spot("opr-strategy-2024-2028", "reading-objective-2-2-aligns-to-3", "LINK", "objective-2-2", 3, "alignment"),
            new Spot("opr-strategy-2024-2028", "reading-objective-2-2-aligns-to-4", "LINK", "objective-2-2", 4, "alignment"),
            new Spot("opr-strategy-2024-2028", "reading-objective-2-2-aligns-to-5", "LINK", "objective-2-2", 5, "alignment"),
            new Spot("opr-strategy-2024-2028", "reading-objective-2-3-aligns-to-3", "LINK", "objective-2-3", 3, "alignment"),
            new Spot("opr-strategy-2024-2028", "reading-objective-2-3-aligns-to-4", "LINK", "objective-2-3", 4, "alignment"),
            new Spot("opr-strategy-2024-2028", "reading-objective-2-3-aligns-to-5", "LINK", "objective-2-3", 5, "alignment"));

    private final Histories histories = Corpus.histories();
    private Services services;
    private CorpusLoader.Result firstLoad;
    private long eventsAfterFirstLoad;

    @BeforeAll
    void loadTheCorpus() {
        services = new Services();
        firstLoad = loader().load();
        eventsAfterFirstLoad = storedEvents();
        // The read side follows the event store: wait until it has seen the last step.
        HistoryStep last = histories.steps().get(histories.steps().size() - 1);
        eventually(() -> assertThat(get("/api/strategies/" + last.strategyId()).path("strategy").path("status").asString())
                .isEqualTo("ADOPTED"));
        eventually(() -> assertThat(get("/api/activity?limit=1").toString()).isNotBlank());
    }

    @AfterAll
    void stop() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void theFirstLoadSendsEveryStep() {
        assertThat(firstLoad).isEqualTo(new CorpusLoader.Result(histories.steps().size(), 0));
        assertThat(eventsAfterFirstLoad).isGreaterThan(histories.steps().size());
    }

    @Test
    void aSecondLoadRecordsNothing() {
        CorpusLoader.Result second = loader().load();

        assertThat(second.accepted() + second.alreadyThere()).isEqualTo(histories.steps().size());
        assertThat(storedEvents()).isEqualTo(eventsAfterFirstLoad);
    }

    @Test
    void everyEditionHasTheStatusAndDatesOfItsHistory() {
        Map<String, HistoryStep> supersessions = histories.steps().stream()
                .filter(s -> s.action() == HistoryStep.Action.SUPERSEDE)
                .collect(Collectors.toMap(HistoryStep::strategyId, s -> s));
        for (HistoryStep draft : steps(HistoryStep.Action.IMPORT)) {
            HistoryStep adoption = step(HistoryStep.Action.ADOPT, draft.strategyId());
            HistoryStep supersession = supersessions.get(draft.strategyId());
            eventually(() -> {
                JsonNode strategy = get("/api/strategies/" + draft.strategyId()).path("strategy");
                assertThat(strategy.path("draftedOn").asString()).as(draft.id()).isEqualTo(draft.effectiveDate().toString());
                assertThat(strategy.path("adoptedOn").asString()).as(draft.id()).isEqualTo(adoption.effectiveDate().toString());
                assertThat(strategy.path("referenced").asBoolean()).as(draft.id()).isEqualTo(draft.file().startsWith("referenced/"));
                assertThat(strategy.path("lineId").asString(null)).as(draft.id()).isEqualTo(draft.lineId());
                if (supersession == null) {
                    assertThat(strategy.path("status").asString()).as(draft.id()).isEqualTo("ADOPTED");
                } else {
                    assertThat(strategy.path("status").asString()).as(draft.id()).isEqualTo("SUPERSEDED");
                    assertThat(strategy.path("supersededBy").asString()).isEqualTo(supersession.supersededBy());
                    assertThat(strategy.path("endedOn").asString()).isEqualTo(supersession.effectiveDate().toString());
                }
            });
        }
    }

    @Test
    void theIntegrityStrategyOf2014IsCurrentIn2020AndThatOf2023In2024() {
        JsonNode in2020 = get("/api/strategies/cbp-integrity-strategy-2014?asOf=2020-06-30");
        assertThat(in2020.path("strategy").path("status").asString()).isEqualTo("ADOPTED");
        assertThat(in2020.toString()).contains("Prevention", "Detection", "Investigation", "Response",
                "The 2014 Strategy focused on four mission areas");
        assertThat(status("/api/strategies/cbp-integrity-accountability-strategy-2023?asOf=2020-06-30")).isEqualTo(404);

        assertThat(get("/api/strategies/cbp-integrity-strategy-2014?asOf=2024-06-30").path("strategy").path("status").asString())
                .isEqualTo("SUPERSEDED");
        JsonNode in2024 = get("/api/strategies/cbp-integrity-accountability-strategy-2023?asOf=2024-06-30");
        assertThat(in2024.path("strategy").path("status").asString()).isEqualTo("ADOPTED");
        assertThat(in2024.toString()).contains("Assure public trust and mission excellence through embodiment of CBP's core values.");

        JsonNode line = get("/api/lines/cbp-integrity-strategy");
        assertThat(line.path("supersessions")).hasSize(1);
        JsonNode revision = line.path("supersessions").get(0);
        assertThat(revision.path("supersededStrategyId").asString()).isEqualTo("cbp-integrity-strategy-2014");
        assertThat(revision.path("supersedingStrategyId").asString()).isEqualTo("cbp-integrity-accountability-strategy-2023");
        assertThat(revision.path("basis").asString()).isEqualTo("STATED");
        assertThat(revision.path("citation").path("section").asString()).isEqualTo("Introduction");
        JsonNode onTheEdition = get("/api/strategies/cbp-integrity-strategy-2014").path("strategy").path("supersession");
        assertThat(onTheEdition.path("provenance").path("basis").asString()).isEqualTo("STATED");
        assertThat(onTheEdition.path("provenance").path("citation").path("section").asString()).isEqualTo("Introduction");

        JsonNode lineage = get("/api/strategies/cbp-integrity-accountability-strategy-2023/elements/goal-3/lineage");
        assertThat(lineage.findValuesAsString("predecessorElementId"))
                .containsExactlyInAnyOrder("mission-area-investigation", "mission-area-response");
        assertThat(lineage.findValuesAsString("basis")).containsOnly("INFERRED");
    }

    @Test
    void theEnterpriseLineRunsFrom2020To2024ByInferredSupersessions() {
        JsonNode line = get("/api/lines/cbp-enterprise-strategy");
        assertThat(line.path("editions").findValuesAsString("strategyId"))
                .containsExactly("cbp-strategy-2020-2025", "cbp-strategy-2021-2026", "cbp-strategy-2024-2028");
        List<String> supersessions = new ArrayList<>();
        line.path("supersessions").forEach(s -> {
            HistoryStep step = step(HistoryStep.Action.SUPERSEDE, s.path("supersededStrategyId").asString());
            assertThat(s.path("basis").asString()).isEqualTo("INFERRED");
            assertThat(s.path("inferredFrom").asString()).isEqualTo(step.provenance().inferredFrom());
            supersessions.add(s.path("supersededStrategyId").asString() + " -> " + s.path("supersedingStrategyId").asString());
        });
        assertThat(supersessions).containsExactlyInAnyOrder("cbp-strategy-2020-2025 -> cbp-strategy-2021-2026",
                "cbp-strategy-2021-2026 -> cbp-strategy-2024-2028");

        JsonNode superseded = get("/api/strategies/cbp-strategy-2020-2025").path("strategy").path("supersession");
        assertThat(superseded.path("supersededBy").asString()).isEqualTo("cbp-strategy-2021-2026");
        assertThat(superseded.path("provenance").path("basis").asString()).isEqualTo("INFERRED");
        assertThat(superseded.path("provenance").path("inferredFrom").asString())
                .isEqualTo(step(HistoryStep.Action.SUPERSEDE, "cbp-strategy-2020-2025").provenance().inferredFrom());
        assertThat(get("/api/strategies/cbp-strategy-2020-2025?asOf=2020-06-30").path("strategy").path("status").asString()).isEqualTo("ADOPTED");
        assertThat(get("/api/strategies/cbp-strategy-2020-2025?asOf=2021-06-30").path("strategy").path("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(get("/api/strategies/cbp-strategy-2021-2026?asOf=2022-06-30").path("strategy").path("status").asString()).isEqualTo("ADOPTED");

        JsonNode vision = get("/api/strategies/cbp-strategy-2024-2028/elements/vision/lineage");
        assertThat(vision.findValuesAsString("predecessorStrategyId")).containsExactly("cbp-strategy-2021-2026");
        assertThat(vision.findValuesAsString("relation")).containsExactly("CONTINUES");
        assertThat(vision.findValuesAsString("basis")).containsExactly("STATED");

        JsonNode diff = get("/api/diff?from=cbp-strategy-2020-2025&to=cbp-strategy-2024-2028");
        assertThat(diff.path("changes").size()).isPositive();
    }

    @Test
    void ofoAndOprAreAlignedToThePlansTheyCiteWithTheProvenanceOfTheirTables() {
        for (String file : List.of("ofo-poe-strategic-plan-fy2007-2011.xml", "opr-strategy-2024-2028.xml")) {
            String strategyId = file.substring(0, file.length() - ".xml".length());
            List<String> printed = Corpus.alignsTo(file);
            List<JsonNode> supports = new ArrayList<>();
            get("/api/strategies/" + strategyId + "/alignments").forEach(a -> {
                if (a.path("direction").asString().equals("SUPPORTS")) {
                    supports.add(a);
                }
            });
            assertThat(supports).as(strategyId).hasSize(printed.size());
            List<String> expected = printed.stream().map(l -> {
                String target = l.substring("aligns-to:".length(), l.indexOf(';')).strip();
                return target.replace('#', ' ') + " " + (l.contains("provenance: stated") ? "STATED" : "INFERRED");
            }).sorted().toList();
            List<String> recorded = supports.stream()
                    .map(a -> a.path("toStrategyId").asString() + " " + a.path("toElementId").asString() + " " + a.path("basis").asString())
                    .sorted().toList();
            assertThat(recorded).as(strategyId).isEqualTo(expected);
            for (JsonNode a : supports) {
                if (a.path("basis").asString().equals("STATED")) {
                    assertThat(a.path("citation").path("document").asString()).as(a.toString()).isNotBlank();
                } else {
                    assertThat(a.path("inferredFrom").asString()).as(a.toString()).isNotBlank();
                }
            }
        }
        // Objectives numbered within their goals are told apart by their full number.
        List<String> toCbp2021 = new ArrayList<>();
        get("/api/strategies/cbp-strategy-2021-2026/alignments").forEach(a -> toCbp2021.add(a.path("toFullNumber").asString()));
        assertThat(toCbp2021).contains("Goal 2, Objective 3", "Goal 3, Objective 3");
        get("/api/strategies/cbp-strategy-2021-2026/alignments").forEach(a -> {
            // OPR's strategy is in force; the CBP plan it cites has been superseded (by 2024–2028) since.
            assertThat(a.path("fromEditionStatus").asString()).isEqualTo("ADOPTED");
            assertThat(a.path("toEditionStatus").asString()).isEqualTo("SUPERSEDED");
        });
        JsonNode supporters = get("/api/strategies/cbp-protecting-america/elements/objective-1.1/alignments");
        assertThat(supporters.findValuesAsString("fromStrategyId")).contains("ofo-poe-strategic-plan-fy2007-2011");
        assertThat(supporters.findValuesAsString("direction")).containsOnly("SUPPORTED_BY");
    }

    @Test
    void everyUncertainReadingIsVisibleWhereItIsRead() {
        for (Spot spot : SPOTS) {
            JsonNode edition = get("/api/strategies/" + spot.strategyId());
            JsonNode note = switch (spot.kind()) {
                case "EDITION" -> find(edition.path("annotations"), spot.annotationId());
                case "ELEMENT" -> {
                    JsonNode element = element(edition, spot.elementId());
                    assertThat(element).as(spot.toString()).isNotNull();
                    JsonNode found = find(element.path("annotations"), spot.annotationId());
                    // The reading the record follows is the one the element shows.
                    JsonNode shown = element.path(switch (spot.field()) {
                        case "title", "text", "number" -> spot.field();
                        default -> "elementId";
                    });
                    if (List.of("title", "text", "number").contains(spot.field())) {
                        assertThat(found.path("chosenReading").asString()).as(spot.toString()).isEqualTo(shown.asString());
                    }
                    yield found;
                }
                default -> {
                    String target = alignsTo(spot.strategyId() + ".xml", spot.elementId()).get(spot.alignsTo() - 1);
                    JsonNode row = null;
                    for (JsonNode a : get("/api/strategies/" + spot.strategyId() + "/elements/" + spot.elementId() + "/alignments")) {
                        if ((a.path("toStrategyId").asString() + "#" + a.path("toElementId").asString()).equals(target)) {
                            row = a;
                        }
                    }
                    assertThat(row).as(spot + " -> " + target).isNotNull();
                    assertThat(row.path("basis").asString()).isEqualTo("INFERRED");
                    yield find(row.path("annotations"), spot.annotationId());
                }
            };
            assertThat(note.path("subject").path("kind").asString()).as(spot.toString()).isEqualTo(spot.kind());
            assertThat(note.path("subject").path("field").asString()).as(spot.toString()).isEqualTo(spot.field());
            assertThat(note.path("uncertainty").asString()).as(spot.toString()).isNotBlank();
            assertThat(note.path("reason").asString()).as(spot.toString()).isNotBlank();
            note.path("alternatives").forEach(a -> assertThat(a.path("citation").path("document").asString())
                    .as(spot.toString()).isNotBlank());
        }
        // The same notes travel with the StratML export.
        String xml = fetch("/api/strategies/cbp-strategy-2024-2028/stratml", "application/xml").body();
        assertThat(xml).contains("annotation: reading-objective-2.7-outcome; field: text;");
    }

    @Test
    void everyEditionDateNoTextPrintsToTheDayIsMarkedWithItsBasis() {
        for (HistoryStep step : histories.steps()) {
            HistoryStep.DateNote dateNote = step.dateNote();
            if (dateNote == null) {
                continue;
            }
            JsonNode edition = get("/api/strategies/" + dateNote.strategyId());
            JsonNode note = find(edition.path("annotations"), "date-" + dateNote.field());
            assertThat(note.path("subject").path("field").asString()).isEqualTo(dateNote.field());
            assertThat(note.path("chosenReading").asString()).as(step.id())
                    .isEqualTo(edition.path("strategy").path(dateNote.field()).asString());
            assertThat(note.path("reason").asString()).as(step.id())
                    .contains(step.dateStated() != null ? step.dateStated() : step.dateInferred());
        }
    }

    @Test
    void everyPeriodIsWhatItsTextPrintsAndAYearNoTextPrintsIsMarked() {
        for (Corpus.PrintedPeriod printed : Corpus.PERIODS) {
            String strategyId = printed.file().replace("referenced/", "").replace(".xml", "");
            JsonNode edition = get("/api/strategies/" + strategyId);
            JsonNode period = edition.path("strategy").path("period");
            assertThat(period.path("label").asString()).as(strategyId).isEqualTo(printed.label());
            assertThat(period.path("toYear").isNull() ? null : period.path("toYear").asInt()).as(strategyId)
                    .isEqualTo(printed.toYear());
            if (printed.fromYear() != null) {
                assertThat(period.path("fromYear").asInt()).as(strategyId).isEqualTo(printed.fromYear());
            } else {
                JsonNode note = find(edition.path("annotations"), "period-not-stated");
                assertThat(note.path("subject").path("field").asString()).isEqualTo("period.fromYear");
                assertThat(note.path("chosenReading").asString()).isEqualTo("from " + period.path("fromYear").asInt());
            }
        }
    }

    @Test
    void theDiffAnswersWhichRemovedInitiativesShareNoTitleWordWithAnyNewObjective() {
        JsonNode diff = get("/api/diff?from=cbp-strategy-2020-2025&to=cbp-strategy-2024-2028"
                + "&kind=REMOVED&type=INITIATIVE&sharesNoWordWith=OBJECTIVE");
        Set<String> objectiveWords = new HashSet<>();
        collect(get("/api/strategies/cbp-strategy-2024-2028").path("goals"), objectiveWords);
        List<String> kept = new ArrayList<>();
        diff.path("changes").forEach(c -> {
            assertThat(c.path("kinds").toString()).isEqualTo("[\"REMOVED\"]");
            assertThat(c.path("type").asString()).isEqualTo("INITIATIVE");
            kept.add(c.path("before").path("title").asString());
        });
        assertThat(kept).isNotEmpty();
        // Checked the way an auditor would: no content word of a kept title is a word of a new objective's title.
        for (String title : kept) {
            assertThat(words(title)).as(title).doesNotContainAnyElementsOf(objectiveWords);
        }
        JsonNode all = get("/api/diff?from=cbp-strategy-2020-2025&to=cbp-strategy-2024-2028&kind=REMOVED&type=INITIATIVE");
        assertThat(all.path("changes").size()).isGreaterThan(kept.size());
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from",
            "in", "into", "is", "it", "its", "of", "on", "or", "our", "that", "the", "their", "this", "to", "with", "we", "us");

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>(List.of(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        words.remove("");
        words.removeAll(FUNCTION_WORDS);
        return words;
    }

    private static void collect(JsonNode elements, Set<String> objectiveWords) {
        elements.forEach(e -> {
            if (e.path("type").asString().equals("OBJECTIVE")) {
                objectiveWords.addAll(words(e.path("title").asString()));
            }
            collect(e.path("members"), objectiveWords);
        });
    }

    private static JsonNode find(JsonNode notes, String annotationId) {
        for (JsonNode note : notes) {
            if (note.path("annotationId").asString().equals(annotationId)) {
                return note;
            }
        }
        throw new AssertionError("no annotation " + annotationId + " in " + notes);
    }

    private static JsonNode element(JsonNode edition, String elementId) {
        for (String part : List.of("statements", "goals")) {
            JsonNode found = among(edition.path(part), elementId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonNode among(JsonNode elements, String elementId) {
        for (JsonNode e : elements) {
            if (e.path("elementId").asString().equals(elementId)) {
                return e;
            }
            JsonNode below = among(e.path("members"), elementId);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** The targets of an element's aligns-to lines, in order, as "edition#element". */
    private static List<String> alignsTo(String file, String elementId) {
        String text = Corpus.text(file);
        int from = text.indexOf("<Identifier>" + elementId + "</Identifier>");
        String block = text.substring(from, text.indexOf("</OtherInformation>", from));
        return block.lines().map(String::strip).filter(l -> l.startsWith("aligns-to:"))
                .map(l -> l.substring("aligns-to:".length(), l.indexOf(';')).strip()).toList();
    }

    private CorpusLoader loader() {
        return new CorpusLoader(Corpus.DIR, services.commandUrl, "editor", "editor",
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private List<HistoryStep> steps(HistoryStep.Action action) {
        return histories.steps().stream().filter(s -> s.action() == action).toList();
    }

    private HistoryStep step(HistoryStep.Action action, String strategyId) {
        return steps(action).stream().filter(s -> s.strategyId().equals(strategyId)).findFirst().orElseThrow();
    }

    private long storedEvents() {
        try (var c = DriverManager.getConnection(services.database.url(), services.database.user(), services.database.password());
             var rs = c.createStatement().executeQuery("select count(*) from domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = fetch(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return Histories.JSON.readTree(response.body());
    }

    private int status(String path) {
        return fetch(path).statusCode();
    }

    private HttpResponse<String> fetch(String path) {
        return fetch(path, "application/json");
    }

    private HttpResponse<String> fetch(String path, String accept) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(services.queryUrl + path))
                    .header("Authorization", AUDITOR).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Retries {@code check} until it passes or 120 s have gone: the read side follows the writes. */
    private static void eventually(Runnable check) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Services.sleep(250);
            }
        }
    }
}
