package org.strategylifecycle.command.http;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors and admins send commands; viewers and auditors may not; nobody unauthenticated; failed logins
 * are throttled per user name and per client; health details are for admins; refusals record nothing.
 */
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

    /**
     * Clients are told apart by address; the test's requests come through loopback, a trusted proxy, so
     * each {@code X-Forwarded-For} it sends is a client of its own.
     */
    @Test
    void failedLoginsAreThrottledPerUserNameAndPerClient() {
        long events = storedEvents();
        String run = unique("m");
        String subnet = "198.51." + ThreadLocalRandom.current().nextInt(1, 250) + ".";
        for (int i = 1; i <= 5; i++) {
            assertThat(login(run + "-user", "guess", subnet + i).status()).isEqualTo(401);
        }
        assertTooMany(login(run + "-user", "guess", subnet + 100));

        String client = "203.0." + ThreadLocalRandom.current().nextInt(1, 250) + ".7";
        for (int i = 1; i <= 20; i++) {
            assertThat(login(run + "-name-" + i, "guess", client).status()).isEqualTo(401);
        }
        assertTooMany(login(run + "-fresh", "guess", client));
        assertThat(login(run + "-fresh", "guess", subnet + 101).status()).isEqualTo(401);
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void healthDetailsAreForAdminsOnly() {
        for (Api api : new Api[]{new Api(port, null), editor, editor.as("viewer"), editor.as("auditor")}) {
            Api.Answer health = api.send(api.request("/actuator/health").GET());
            assertThat(health.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
            assertThat(health.json().path("components").path("db").has("details")).isFalse();
        }
        Api admin = editor.as("admin");
        assertThat(admin.send(admin.request("/actuator/health").GET()).json()
                .path("components").path("db").path("details").path("database").asString()).isEqualTo("PostgreSQL");
    }

    private Api.Answer login(String user, String password, String client) {
        Api api = new Api(port, null);
        return api.post(goals, goalBody(), "X-Forwarded-For", client, "Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertTooMany(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(429);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo("TOO_MANY_LOGIN_ATTEMPTS");
        assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(answer.json().path("requestId").asString()).isNotBlank();
    }

    private static String goalBody() {
        return """
                {"number": "7", "title": "Goal", "effectiveDate": "2024-01-01"}""";
    }
}
