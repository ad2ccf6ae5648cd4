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
import java.util.List;
import java.util.Map;
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
        JsonNode supporters = get("/api/strategies/cbp-protecting-america/elements/objective-1.1/alignments");
        assertThat(supporters.findValuesAsString("fromStrategyId")).contains("ofo-poe-strategic-plan-fy2007-2011");
        assertThat(supporters.findValuesAsString("direction")).containsOnly("SUPPORTED_BY");
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
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(services.queryUrl + path))
                    .header("Authorization", AUDITOR).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
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
