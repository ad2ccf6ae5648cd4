package org.strategylifecycle.query.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.query.QueryHttpTestSupport;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read what on the query side, over real HTTP: every role reads plans, the history is for
 * auditors and admins, projections are operated by admins, and nobody reads without a login.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuerySecurityHttpTest extends QueryHttpTestSupport {

    private static final String ID = "security-2024";
    private static final List<String> READERS = List.of("viewer", "auditor", "editor", "admin");

    private List<String> plans;
    private List<String> history;

    @BeforeAll
    void edition() throws Exception {
        publish(ID, 0, new StrategyDrafted(ID, null, "OPR Strategy 2024–2028",
                new Organization("OPR", "Office of Professional Responsibility", "CBP"),
                new Period("2024–2028", 2024, 2028), false, change("2024-01-01")));
        publish(ID, 1, new GoalAdded(ID, "goal-1", "1", "Workforce", null, null, 1, change("2024-01-01")));
        awaitCaughtUp();
        plans = List.of("/api/strategies", "/api/strategies/" + ID, "/api/strategies/" + ID + "?asOf=2024-06-01",
                "/api/strategies/" + ID + "/measures", "/api/strategies/" + ID + "/alignments",
                "/api/strategies/" + ID + "/elements/goal-1/lineage",
                "/api/strategies/" + ID + "/diff?from=2024-01-01&to=2024-06-01");
        history = List.of("/api/history", "/api/history?actor=editor", "/api/activity?limit=5",
                "/api/strategies/" + ID + "/history", "/api/strategies/" + ID + "/history?elementId=goal-1");
    }

    @Test
    void withoutOrWithWrongCredentialsIsUnauthenticated() {
        for (String path : List.of("/api/strategies", "/api/history", "/api/admin/projections", "/v3/api-docs")) {
            for (HttpResponse<String> answer : List.of(get(path, null), get(path, "nobody"))) {
                assertThat(answer.statusCode()).as(path).isEqualTo(401);
                assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                        challenge -> assertThat(challenge).startsWith("Basic"));
                assertThat(json(answer).get("code").asString()).isEqualTo("UNAUTHENTICATED");
            }
        }
    }

    @Test
    void healthIsOpen() {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void healthDetailsAreForAdminsOnly() {
        for (String user : java.util.Arrays.asList(null, "viewer", "auditor", "editor")) {
            var health = json(get("/actuator/health", user));
            assertThat(health.path("components").path("eventProcessors").path("status").asString()).as(user).isNotEmpty();
            assertThat(health.path("components").path("eventProcessors").has("details")).as(user).isFalse();
        }
        assertThat(json(get("/actuator/health", "admin")).path("components").path("eventProcessors").has("details")).isTrue();
    }

    @Test
    void everyRoleReadsThePlans() {
        for (String user : READERS) {
            for (String path : plans) {
                assertThat(get(path, user).statusCode()).as(user + " " + path).isEqualTo(200);
            }
        }
    }

    @Test
    void historyIsForAuditorsAndAdmins() {
        for (String path : history) {
            for (String user : List.of("auditor", "admin")) {
                assertThat(get(path, user).statusCode()).as(user + " " + path).isEqualTo(200);
            }
            for (String user : List.of("viewer", "editor")) {
                assertForbidden(get(path, user), user + " " + path);
            }
        }
    }

    @Test
    void everyRoleFollowsTheLiveChangeStreams() throws Exception {
        for (String path : List.of("/api/activity/stream", "/api/strategies/" + ID + "/changes")) {
            for (String user : READERS) {
                HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(
                        request(path, user).header("Accept", "text/event-stream").GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = stream.body()) {
                    assertThat(stream.statusCode()).as(user + " " + path).isEqualTo(200);
                    assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(
                            type -> assertThat(type).startsWith("text/event-stream"));
                }
            }
            assertThat(get(path, null).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void projectionsAreOperatedByAdminsOnly() {
        for (String user : List.of("viewer", "auditor", "editor")) {
            assertForbidden(get("/api/admin/projections", user), user);
            assertForbidden(post("/api/admin/projections/editions/rebuild", user), user);
            assertForbidden(post("/api/admin/projections/editions/segments/0/release", user), user);
        }
        assertThat(get("/api/admin/projections", "admin").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiDescriptionNeedsALoginAndDescribesTheQueries() {
        HttpResponse<String> docs = get("/v3/api-docs", "viewer");
        assertThat(docs.statusCode()).isEqualTo(200);
        var description = json(docs);
        assertThat(description.at("/info/title").asString()).isEqualTo("Strategy lifecycle: query API");
        assertThat(description.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
        for (String path : List.of("/api/strategies/{strategyId}", "/api/strategies/{strategyId}/history", "/api/diff",
                "/api/admin/projections/{name}/rebuild")) {
            assertThat(description.get("paths").has(path)).as(path).isTrue();
        }
        assertThat(get("/swagger-ui.html", "viewer").statusCode()).isIn(200, 302);
    }

    private static void assertForbidden(HttpResponse<String> answer, String what) {
        assertThat(answer.statusCode()).as(what).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(answer).get("code").asString()).isEqualTo("FORBIDDEN");
    }
}
