package org.strategylifecycle.query.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.goal.GoalRevised;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.query.QueryHttpTestSupport;
import org.strategylifecycle.query.edition.EditionReader;
import org.strategylifecycle.support.openapi.SwaggerUi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP as clients expect it of query-service, over real HTTP: reads answer an ETag and 304 to
 * If-None-Match (never before the login's rights are checked), large answers of every type are
 * compressed, browser dashboards on the configured origin may call across origins and others are
 * refused, created things are read where command-service's Location points, and Swagger UI loads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientExpectationsHttpTest extends QueryHttpTestSupport {

    private static final String ID = "client-expectations-2024";
    private static final HttpClient RAW = HttpClient.newHttpClient();

    @Autowired
    EditionReader editions;
    @Autowired
    JsonMapper jsonMapper;
    @Autowired
    MeterRegistry meters;

    @BeforeAll
    void edition() throws Exception {
        publish(ID, 0, new StrategyDrafted(ID, null, "OPR Strategy 2024–2028",
                new Organization("OPR", "Office of Professional Responsibility", "CBP"),
                new Period("2024–2028", 2024, 2028), false, change("2024-01-01")));
        for (int goal = 1; goal <= 12; goal++) {
            publish(ID, goal, new GoalAdded(ID, "goal-" + goal, String.valueOf(goal),
                    "Goal " + goal + ": " + "strengthen the workforce, its integrity and its accountability ".repeat(4),
                    "A statement long enough to make the edition a large answer. ".repeat(4), null, goal,
                    change(goal <= 2 ? "2024-01-01" : "2024-06-01")));
        }
        awaitCaughtUp();
    }

    @Test
    void readsAnswerAnEtagAndAnUnchangedAnswerIs304() throws Exception {
        HttpResponse<String> first = get("/api/strategies/" + ID, "viewer");
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("W/\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, no-cache");

        HttpResponse<String> again = send(request("/api/strategies/" + ID, "viewer").header("If-None-Match", etag).GET());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);

        publish(ID, 13, new GoalAdded(ID, "goal-13", "13", "A goal added later", null, null, 13, change("2024-07-01")));
        awaitCaughtUp();
        HttpResponse<String> changed = send(request("/api/strategies/" + ID, "viewer").header("If-None-Match", etag).GET());
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(tag).isNotEqualTo(etag));
        assertThat(json(changed).at("/goals/12/elementId").asString()).isEqualTo("goal-13");
    }

    /**
     * An edition's answers are kept ready: the bytes of the edition as read and rendered now, kept
     * (same tag) while other editions' events move the position they carry, read again after an event
     * of its own, and tagged by their content (an answer as of a date the event did not touch keeps its tag).
     */
    @Test
    void answersAreKeptUntilTheirEditionChangesAndCarryTheLatestPosition() throws Exception {
        String id = "kept-2024";
        draft(id);
        publish(id, 1, new GoalAdded(id, "goal-1", "1", "Keep the answer ready", null, null, 1, change("2024-01-01")));
        awaitCaughtUp();
        HttpResponse<String> first = get("/api/strategies/" + id, "viewer");
        assertThat(first.body()).isEqualTo(rendered(id, null));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> january = get("/api/strategies/" + id + "?asOf=2024-01-15", "viewer");
        assertThat(january.body()).isEqualTo(rendered(id, LocalDate.parse("2024-01-15")));

        draft("kept-other-2024");
        awaitCaughtUp();
        HttpResponse<String> kept = get("/api/strategies/" + id, "viewer");
        assertThat(kept.headers().firstValue("ETag")).hasValue(etag);
        assertThat(json(kept).get("position").asLong()).isGreaterThan(json(first).get("position").asLong());
        assertThat(kept.body()).isEqualTo(rendered(id, null));

        publish(id, 2, new GoalRevised(id, "goal-1", "1", "Keep the answer ready, renewed", null, null, change("2024-02-01")));
        awaitCaughtUp();
        HttpResponse<String> renewed = get("/api/strategies/" + id, "viewer");
        assertThat(renewed.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(tag).isNotEqualTo(etag));
        assertThat(json(renewed).at("/goals/0/title").asString()).isEqualTo("Keep the answer ready, renewed");
        assertThat(renewed.body()).isEqualTo(rendered(id, null));
        HttpResponse<String> januaryAgain = get("/api/strategies/" + id + "?asOf=2024-01-15", "viewer");
        assertThat(json(januaryAgain).at("/goals/0/title").asString()).isEqualTo("Keep the answer ready");
        assertThat(januaryAgain.headers().firstValue("ETag")).isEqualTo(january.headers().firstValue("ETag"));
        assertThat(januaryAgain.body()).isEqualTo(rendered(id, LocalDate.parse("2024-01-15")));
        assertThat(json(get("/api/strategies/" + id + "?asOf=2024-02-15", "viewer")).at("/goals/0/title").asString())
                .isEqualTo("Keep the answer ready, renewed");
    }

    /**
     * Questions that see the same rows of an edition's history share one kept answer, each answered
     * with the date and time it asked; after an event of the edition each question is answered from
     * the rows it sees then, not from the answer it shared before.
     */
    @Test
    void questionsThatSeeTheSameHistoryShareOneAnswer() throws Exception {
        String id = "shared-2024";
        draft(id);
        publish(id, 1, new GoalAdded(id, "goal-1", "1", "As first published", null, null, 1, change("2024-01-01")));
        awaitCaughtUp();
        Instant published = Instant.now();
        Thread.sleep(5);
        publish(id, 2, new GoalRevised(id, "goal-1", "1", "As corrected", null, null, change("2024-01-01")));
        awaitCaughtUp();

        double rendered = answersRendered();
        String january = "/api/strategies/" + id + "?asOf=2024-01-15&knownAt=" + published;
        assertThat(title(get(january, "viewer"))).isEqualTo("As first published");
        assertThat(answersRendered()).isEqualTo(rendered + 1);
        HttpResponse<String> march = get("/api/strategies/" + id + "?asOf=2024-03-01&knownAt=" + published.plusMillis(1), "viewer");
        assertThat(answersRendered()).as("a later date and time that see the same rows").isEqualTo(rendered + 1);
        assertThat(march.body()).isEqualTo(rendered(id, LocalDate.parse("2024-03-01"), published.plusMillis(1)));
        assertThat(march.headers().firstValue("ETag")).isNotEqualTo(get(january, "viewer").headers().firstValue("ETag"));
        assertThat(title(get("/api/strategies/" + id + "?asOf=2024-03-01&knownAt=" + Instant.now(), "viewer")))
                .isEqualTo("As corrected");
        assertThat(answersRendered()).isEqualTo(rendered + 2);

        assertThat(get("/api/strategies/" + id + "?asOf=2024-03-01", "viewer").body())
                .isEqualTo(get("/api/strategies/" + id + "?asOf=2024-01-15", "viewer").body()
                        .replace("2024-01-15", "2024-03-01"));
        publish(id, 3, new GoalRevised(id, "goal-1", "1", "Revised in February", null, null, change("2024-02-01")));
        awaitCaughtUp();
        HttpResponse<String> marchNow = get("/api/strategies/" + id + "?asOf=2024-03-01", "viewer");
        assertThat(title(marchNow)).isEqualTo("Revised in February");
        assertThat(marchNow.body()).isEqualTo(rendered(id, LocalDate.parse("2024-03-01"), null));
        HttpResponse<String> januaryNow = get("/api/strategies/" + id + "?asOf=2024-01-15", "viewer");
        assertThat(title(januaryNow)).isEqualTo("As corrected");
        assertThat(januaryNow.body()).isEqualTo(rendered(id, LocalDate.parse("2024-01-15"), null));
    }

    private double answersRendered() {
        return meters.get("cache.gets").tag("cache", "edition.answers").tag("result", "miss").functionCounter().count();
    }

    private static String title(HttpResponse<String> edition) {
        assertThat(edition.statusCode()).isEqualTo(200);
        return json(edition).at("/goals/0/title").asString();
    }

    private void draft(String id) {
        publish(id, 0, new StrategyDrafted(id, null, "Kept " + id, new Organization("OPR", "Office of Professional Responsibility", "CBP"),
                new Period("2024–2028", 2024, 2028), false, change("2024-01-01")));
    }

    /** The edition (now, or as of a date) as read at this moment and rendered by the web layer's own JSON mapper. */
    private String rendered(String id, LocalDate asOf) {
        return rendered(id, asOf, null);
    }

    private String rendered(String id, LocalDate asOf, Instant knownAt) {
        return jsonMapper.writeValueAsString(editions.at(editions.require(id), asOf, knownAt));
    }

    @Test
    void anEtagNeverLetsALoginReadWhatItMayNot() {
        HttpResponse<String> history = get("/api/strategies/" + ID + "/history", "auditor");
        assertThat(history.statusCode()).isEqualTo(200);
        String etag = history.headers().firstValue("ETag").orElseThrow();
        assertThat(send(request("/api/strategies/" + ID + "/history", "auditor").header("If-None-Match", etag).GET())
                .statusCode()).isEqualTo(304);

        HttpResponse<String> viewer = send(request("/api/strategies/" + ID + "/history", "viewer")
                .header("If-None-Match", etag).GET());
        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(json(viewer).get("code").asString()).isEqualTo("FORBIDDEN");
        HttpResponse<String> nobody = send(request("/api/strategies/" + ID + "/history", null)
                .header("If-None-Match", etag).GET());
        assertThat(nobody.statusCode()).isEqualTo(401);
    }

    @Test
    void adminReadsReportLiveStateWithoutAnEtag() {
        HttpResponse<String> projections = get("/api/admin/projections", "admin");
        assertThat(projections.statusCode()).isEqualTo(200);
        assertThat(projections.headers().firstValue("ETag")).isEmpty();
    }

    /**
     * Each read of the published contract answers only in the media types it describes: a read asked
     * for {@code application/problem+json} answered its data labelled as a problem, one asked for any
     * other {@code +json} type its data labelled so, and the StratML export answered XML to a client
     * that accepts only JSON.
     */
    @Test
    void everyReadAnswersOnlyInTheTypesTheContractDescribes() throws IOException {
        JsonNode contract = jsonMapper.readTree(Path.of("..", "docs", "api", "query-service.openapi.json").toFile());
        int reads = 0;
        for (Map.Entry<String, JsonNode> path : contract.path("paths").properties()) {
            JsonNode described = path.getValue().path("get").path("responses").path("200").path("content");
            if (described.isMissingNode() || described.has(MediaType.TEXT_EVENT_STREAM_VALUE)) {
                continue;
            }
            String target = path.getKey().replace("{strategyId}", ID).replace("{elementId}", "goal-1")
                    .replace("{lineId}", "no-such-line").replace("{name}", "editions")
                    + (path.getKey().equals("/api/diff") ? "?from=" + ID + "&to=" + ID
                    : path.getKey().endsWith("/diff") ? "?from=2024-01-01&to=2024-06-01" : "");
            for (String type : described.properties().stream().map(Map.Entry::getKey).toList()) {
                HttpResponse<String> answer = send(request(target, "admin").header("Accept", type).GET());
                assertThat(answer.statusCode()).as(target + " as " + type).isIn(200, 404);
                assertThat(answer.headers().firstValue("Content-Type")).as(target + " as " + type)
                        .hasValueSatisfying(t -> assertThat(t).startsWith(answer.statusCode() == 200 ? type : "application/problem+json"));
            }
            if (described.has(MediaType.APPLICATION_JSON_VALUE)) { // JSON has no charset (RFC 8259): one asked for is ignored
                HttpResponse<String> answer = send(request(target, "admin").header("Accept", "application/json; charset=ISO-8859-1").GET());
                assertThat(answer.statusCode()).as(target + " in Latin-1").isIn(200, 404);
            }
            for (String other : new String[]{"application/problem+json", "application/vnd.example+json", "image/png"}) {
                HttpResponse<String> answer = send(request(target, "admin").header("Accept", other).GET());
                assertThat(answer.statusCode()).as(target + " as " + other).isEqualTo(406);
                assertThat(json(answer).path("code").asString()).isEqualTo("NOT_ACCEPTABLE");
            }
            reads++;
        }
        assertThat(reads).as("reads in the contract").isGreaterThan(15);
    }

    @Test
    void largeAnswersOfEveryTypeAreGzipped() throws IOException, InterruptedException {
        assertGzipped("/api/strategies/" + ID, "application/json", "\"strategyId\"");
        assertGzipped("/api/strategies/" + ID + "/stratml", "application/xml", "<PerformancePlanOrReport");
        assertGzipped("/api/strategies/" + ID + "/diff?from=2024-01-01&to=2024-06-01", "text/plain", "Goal 3");
        String longId = "x".repeat(2500);
        assertGzipped("/api/strategies/" + longId, "application/problem+json", "STRATEGY_NOT_FOUND");

        HttpResponse<byte[]> small = RAW.send(request("/api/strategies/" + ID + "/measures", "viewer")
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.headers().firstValue("Content-Encoding")).as("under 2 KB: as it is").isEmpty();
    }

    private void assertGzipped(String path, String type, String content) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, "viewer").header("Accept-Encoding", "gzip")
                .header("Accept", type.equals("application/problem+json") ? "application/json" : type);
        HttpResponse<byte[]> answer = RAW.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith(type));
        assertThat(answer.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
        String body = new String(new GZIPInputStream(new ByteArrayInputStream(answer.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(body).as(path).contains(content);
        assertThat(body.length()).as(path).isGreaterThan(2048);
    }

    @Test
    void theConfiguredDashboardOriginMayCallAcrossOrigins() {
        HttpResponse<String> preflight = send(request("/api/strategies/" + ID, null)
                .header("Origin", DASHBOARD_ORIGIN)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization, if-none-match, x-request-id")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.statusCode()).as("a preflight needs no login").isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DASHBOARD_ORIGIN);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                headers -> assertThat(headers.toLowerCase()).contains("authorization", "if-none-match", "x-request-id"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

        HttpResponse<String> read = send(request("/api/strategies/" + ID, "viewer").header("Origin", DASHBOARD_ORIGIN).GET());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DASHBOARD_ORIGIN);
        assertThat(read.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(
                exposed -> assertThat(exposed).contains("ETag", "X-Request-Id", "Retry-After"));
    }

    @Test
    void anotherOriginIsRefusedAsAProblem() {
        HttpResponse<String> preflight = send(request("/api/strategies/" + ID, null)
                .header("Origin", "https://elsewhere.example.com")
                .header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(preflight).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> read = send(request("/api/strategies/" + ID, "viewer")
                .header("Origin", "https://elsewhere.example.com").GET());
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(json(read).get("code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void anElementIsReadWhereCommandServicesLocationPoints() {
        HttpResponse<String> goal = get("/api/strategies/" + ID + "/elements/goal-2?minVersion=2", "viewer");
        assertThat(goal.statusCode()).isEqualTo(200);
        assertThat(json(goal).get("elementId").asString()).isEqualTo("goal-2");
        assertThat(json(goal).get("type").asString()).isEqualTo("GOAL");

        HttpResponse<String> missing = get("/api/strategies/" + ID + "/elements/goal-99", "viewer");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("code").asString()).isEqualTo("ELEMENT_NOT_FOUND");
    }

    @Test
    void swaggerUiLoadsItsConfigurationAndTheDescriptionForALoggedInUser() throws Exception {
        SwaggerUi.assertLoadsFor("viewer", "http://localhost:" + port, PUBLIC_URL);
    }
}
