package org.strategylifecycle.query.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategylifecycle.api.common.StrategyJson;
import org.strategylifecycle.query.EventStoreDatabase;
import org.strategylifecycle.support.security.prod.TestIssuer;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * query-service under the prod profile, with tokens of a test issuer served over HTTP: who reads what
 * is decided by exact roles from the token, a token without a known role reaches nothing but health,
 * health details are for admins, and a token for another audience is refused.
 * (command-service's ProductionSignInHttpTest sends every attack; the sign-in code is shared.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("prod")
class QueryProductionSecurityHttpTest {

    private static final String PUBLIC_URL = "https://strategy.example.org/queries";
    private static final TestIssuer ISSUER = TestIssuer.start();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void prod(DynamicPropertyRegistry registry) throws Exception {
        EventStoreDatabase.register(registry, "query_prod");
        registry.add("strategy.security.jwt.issuer-uri", ISSUER::uri);
        registry.add("strategy.security.jwt.audience", () -> TestIssuer.AUDIENCE);
        registry.add("strategy.security.public-url", () -> PUBLIC_URL);
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.close();
    }

    @Test
    void readersReadByTheirRoleAndATokenWithoutAKnownRoleReachesOnlyHealth() {
        for (String role : List.of("viewer", "auditor", "editor", "admin")) {
            assertThat(get("/api/strategies", token(role)).statusCode()).as(role).isEqualTo(200);
        }
        for (String role : List.of("viewer", "editor")) {
            assertThat(get("/api/history", token(role)).statusCode()).as(role).isEqualTo(403);
            assertThat(get("/api/admin/projections", token(role)).statusCode()).as(role).isEqualTo(403);
        }
        assertThat(get("/api/history", token("auditor")).statusCode()).isEqualTo(200);
        assertThat(get("/api/admin/projections", token("admin")).statusCode()).isEqualTo(200);
        for (String none : List.of(ISSUER.sign(ISSUER.claims("nobody", "roles")), token("adm\u0131n"), token("Viewer"))) {
            for (String path : List.of("/api/strategies", "/api/history", "/api/activity/stream", "/v3/api-docs",
                    "/actuator/prometheus", "/api/admin/projections")) {
                HttpResponse<String> answer = get(path, none);
                assertThat(answer.statusCode()).as(path).isEqualTo(403);
                assertThat(json(answer).path("code").asString()).isEqualTo("FORBIDDEN");
            }
            assertThat(get("/actuator/health", none).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void healthDetailsAreForAdminsOnly() {
        for (String role : List.of("viewer", "auditor", "editor")) {
            JsonNode health = json(get("/actuator/health", token(role)));
            assertThat(health.path("components").path("eventProcessors").path("status").asString()).as(role).isNotEmpty();
            assertThat(health.path("components").path("eventProcessors").has("details")).as(role).isFalse();
            assertThat(health.path("components").path("diskSpace").has("details")).as(role).isFalse();
        }
        JsonNode admin = json(get("/actuator/health", token("admin")));
        assertThat(admin.path("components").path("eventProcessors").has("details")).isTrue();
    }

    @Test
    void aTokenForAnotherAudienceIsRefusedAndTheMetadataNamesThisService() {
        HttpResponse<String> other = get("/api/strategies", ISSUER.sign(ISSUER.claims("alice", "roles", "admin")
                .audience("some-other-api")));
        assertThat(other.statusCode()).isEqualTo(401);
        assertThat(json(other).path("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(other.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge -> assertThat(challenge)
                .contains("resource_metadata=\"" + PUBLIC_URL + "/.well-known/oauth-protected-resource\""));
        JsonNode metadata = json(get("/.well-known/oauth-protected-resource", null));
        assertThat(metadata.path("resource").asString()).isEqualTo(PUBLIC_URL);
    }

    private static String token(String role) {
        return ISSUER.sign(ISSUER.claims("reader-" + role, "roles", role));
    }

    private HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return StrategyJson.mapper().readTree(response.body());
    }
}
