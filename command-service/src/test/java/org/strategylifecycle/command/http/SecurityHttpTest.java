package org.strategylifecycle.command.http;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Editors and admins send commands; viewers and auditors may not; nobody unauthenticated; refusals record nothing. */
class SecurityHttpTest extends HttpTestSupport {

    private String goals;

    @BeforeEach
    void edition() {
        goals = "/api/strategies/" + draft(null, 2024, 2028) + "/goals";
    }

    @Test
    void withoutOrWithWrongCredentialsIsUnauthenticated() {
        long events = storedEvents();
        long keys = recordedKeys();
        for (Api api : new Api[]{new Api(port, null), new Api(port, "nobody"),
                new Api(port, "editor").as("editor\u0000")}) {
            Api.Answer answer = api.post(goals, goalBody(), "Idempotency-Key", unique("key"));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
            assertThat(answer.code()).isEqualTo("UNAUTHENTICATED");
        }
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(recordedKeys()).isEqualTo(keys);
    }

    @Test
    void viewersAndAuditorsMayNotSendCommands() {
        long events = storedEvents();
        long keys = recordedKeys();
        for (String reader : new String[]{"viewer", "auditor"}) {
            Api.Answer answer = editor.as(reader).post(goals, goalBody(), "Idempotency-Key", unique("key"));
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.code()).isEqualTo("FORBIDDEN");
        }
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(recordedKeys()).isEqualTo(keys);
    }

    @Test
    void adminsMaySendCommandsAndTheActorIsTheLogin() {
        Api.Answer answer = editor.as("admin").post(goals, goalBody());
        assertThat(answer.status()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select convert_from(payload, 'UTF8') from domain_event_entry where global_index = "
                + "(select max(global_index) from domain_event_entry)", String.class)).contains("\"actor\":\"admin\"");
    }

    @Test
    void healthIsOpenAndTheApiDescriptionNeedsALogin() {
        Api nobody = new Api(port, null);
        assertThat(nobody.send(nobody.request("/actuator/health").GET()).status()).isEqualTo(200);
        assertThat(nobody.send(nobody.request("/actuator/health/liveness").GET()).status()).isEqualTo(200);
        assertThat(nobody.send(nobody.request("/v3/api-docs").GET()).status()).isEqualTo(401);
        assertThat(nobody.send(nobody.request("/swagger-ui.html").GET()).status()).isEqualTo(401);

        Api viewer = editor.as("viewer");
        Api.Answer docs = viewer.send(viewer.request("/v3/api-docs").GET());
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("info").path("title").asString()).isEqualTo("Strategy lifecycle: command API");
        assertThat(docs.json().path("components").path("securitySchemes").path("basicAuth").path("scheme").asString())
                .isEqualTo("basic");
        assertThat(docs.json().path("paths").has("/api/strategies/{strategyId}/measures/{elementId}/actuals")).isTrue();
        assertThat(viewer.send(viewer.request("/swagger-ui.html").GET()).status()).isIn(200, 302);
    }

    private static String goalBody() {
        return """
                {"number": "7", "title": "Goal", "effectiveDate": "2024-01-01"}""";
    }
}
