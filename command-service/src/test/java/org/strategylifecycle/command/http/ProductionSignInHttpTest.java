package org.strategylifecycle.command.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.strategylifecycle.support.security.prod.TestIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prod profile as an attacker meets it: command-service over real HTTP and a real PostgreSQL,
 * a token issuer of the test's own serving its metadata and keys over HTTP ({@link TestIssuer}), and
 * tokens signed here. Every token it should not take is 401 with a problem detail and its request
 * id, and records nothing: the attacks that failed before (they must keep failing) and those that
 * once got through (another audience, no or far expiry, no or dirty subject, case-folded roles).
 * IssuerOutageHttpTest covers the issuer being down; ProductionStartTest a start without settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionSignInHttpTest {

    private static final String ROLES = "groups";
    private static final String PUBLIC_URL = "https://strategy.example.org/commands";
    private static final String METADATA = PUBLIC_URL + "/.well-known/oauth-protected-resource";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestIssuer issuer;
    private TestIssuer attacker;
    private ConfigurableApplicationContext app;
    private JdbcTemplate jdbc;
    private Api api;

    @BeforeAll
    void start() {
        issuer = TestIssuer.start();
        attacker = TestIssuer.start();
        app = ProdCommandService.start(issuer, "prod",
                "--strategy.security.jwt.audience=" + TestIssuer.AUDIENCE + ",strategy-admin",
                "--strategy.security.public-url=" + PUBLIC_URL + "/",
                "--strategy.security.roles-claim=" + ROLES);
        api = new Api(ProdCommandService.port(app), null);
        jdbc = app.getBean(JdbcTemplate.class);
        assertThat(draft(issuer.sign(issuer.claims("warm-up", ROLES, "editor"))).status()).isEqualTo(201);
    }

    @AfterAll
    void stop() {
        app.close();
        issuer.close();
        attacker.close();
    }

    @Test
    void editorTokenSendsCommandsAsItsSubject() {
        Api.Answer drafted = draft(issuer.sign(issuer.claims("alice", ROLES, "editor")));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        assertThat(jdbc.queryForObject(
                "select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ?",
                String.class, drafted.id())).contains("\"actor\":\"alice\"");
        assertThat(draft(issuer.sign(issuer.claims("alice", ROLES, "admin")
                .audience(List.of("some-other-api", "strategy-admin")))).status()).isEqualTo(201);
        String accessToken = TestIssuer.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(issuer.key().getKeyID())
                .type(new com.nimbusds.jose.JOSEObjectType("at+jwt")).build(),
                issuer.claims("alice", ROLES, "editor").build(), TestIssuer.signer(issuer.key()));
        assertThat(draft(accessToken).status()).isEqualTo(201);
    }

    /** Attacks that already failed before production sign-in was tightened; they must keep failing. */
    @Test
    void forgedTokensAreRefused() throws JOSEException {
        JWTClaimsSet admin = issuer.claims("mallory", ROLES, "admin").build();
        RSAKey other = attacker.key();
        String kid = issuer.key().getKeyID();
        String valid = issuer.sign(issuer.claims("mallory", ROLES, "viewer"));
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("alg none", new PlainJWT(admin).serialize());
        forged.put("HS256 keyed with the issuer's public key",
                TestIssuer.sign(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), admin,
                        new MACSigner(issuer.key().toPublicJWK().toRSAPublicKey().getEncoded())));
        forged.put("HS256 keyed with the public key set's JSON",
                TestIssuer.sign(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), admin,
                        new MACSigner(issuer.key().toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8))));
        forged.put("another key under the issuer's key id",
                TestIssuer.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), admin, TestIssuer.signer(other)));
        forged.put("another key, embedded as jwk",
                TestIssuer.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).jwk(other.toPublicJWK()).build(), admin,
                        TestIssuer.signer(other)));
        forged.put("the attacker's key, named by jku", TestIssuer.sign(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(attacker.key().getKeyID()).jwkURL(URI.create(attacker.uri() + "/jwks")).build(), admin,
                TestIssuer.signer(attacker.key())));
        forged.put("payload swapped under a valid signature", swapPayload(valid, admin));
        forged.put("signature altered", valid.substring(0, valid.length() - 6)
                + (valid.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA"));
        forged.put("not a JWT", "abc.def.ghi");
        Instant now = Instant.now();
        forged.put("expired", issuer.sign(issuer.claims("mallory", ROLES, "admin")
                .issueTime(Date.from(now.minusSeconds(900))).expirationTime(Date.from(now.minusSeconds(300)))));
        forged.put("not valid before ten minutes from now", issuer.sign(issuer.claims("mallory", ROLES, "admin")
                .notBeforeTime(Date.from(now.plusSeconds(600)))));
        forged.put("another issuer", issuer.sign(issuer.claims("mallory", ROLES, "admin").issuer(attacker.uri())));
        forged.put("no issuer", issuer.sign(issuer.claims("mallory", ROLES, "admin").issuer(null)));
        forged.put("the attacker's own issuer and key", attacker.sign(attacker.claims("mallory", ROLES, "admin")));
        assertAllRefused(forged);
        assertThat(attacker.keySetFetches()).as("the jku and the attacker's issuer are never asked").isZero();
    }

    /** Tokens the issuer signed but not fit for this service: these were accepted before. */
    @Test
    void signedTokensForAnotherAudienceWithoutExpiryOrWithADirtySubjectAreRefused() {
        Instant now = Instant.now();
        Map<String, String> unfit = new LinkedHashMap<>();
        unfit.put("for another application", issuer.sign(issuer.claims("alice", ROLES, "admin").audience("some-other-api")));
        unfit.put("for no audience", issuer.sign(issuer.claims("alice", ROLES, "admin").audience((String) null)));
        unfit.put("without exp", issuer.sign(issuer.claims("alice", ROLES, "admin").expirationTime(null)));
        unfit.put("expiring in ten years", issuer.sign(issuer.claims("alice", ROLES, "admin")
                .expirationTime(Date.from(now.plusSeconds(10L * 365 * 86_400)))));
        unfit.put("issued a year from now", issuer.sign(issuer.claims("alice", ROLES, "admin")
                .issueTime(Date.from(now.plusSeconds(365L * 86_400))).expirationTime(Date.from(now.plusSeconds(365L * 86_400 + 300)))));
        unfit.put("without iat", issuer.sign(issuer.claims("alice", ROLES, "admin").issueTime(null)));
        unfit.put("living three hours", issuer.sign(issuer.claims("alice", ROLES, "admin")
                .issueTime(Date.from(now.minusSeconds(3 * 3600 - 300)))));
        unfit.put("without sub", issuer.sign(issuer.claims("alice", ROLES, "admin").subject(null)));
        unfit.put("sub with CR LF", issuer.sign(issuer.claims("alice\r\nactor: admin", ROLES, "admin")));
        unfit.put("sub with a NUL", issuer.sign(issuer.claims("alice\u0000", ROLES, "admin")));
        unfit.put("sub with a right-to-left override", issuer.sign(issuer.claims("\u202Eecila", ROLES, "admin")));
        unfit.put("sub of 300 characters", issuer.sign(issuer.claims("a".repeat(300), ROLES, "admin")));
        unfit.put("typ of a DPoP proof", TestIssuer.sign(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(issuer.key().getKeyID()).type(new com.nimbusds.jose.JOSEObjectType("dpop+jwt")).build(),
                issuer.claims("alice", ROLES, "admin").build(), TestIssuer.signer(issuer.key())));
        assertAllRefused(unfit);
    }

    @Test
    void aTokenIsTakenFromTheAuthorizationHeaderOnlyAndBasicIsRefused() {
        String editor = issuer.sign(issuer.claims("alice", ROLES, "editor"));
        long before = events();
        List<Api.Answer> answers = List.of(
                api.post("/api/strategies?access_token=" + editor, draftBody()),
                api.send(api.request("/api/strategies").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("access_token=" + editor))),
                new Api(port(), "editor").post("/api/strategies", draftBody()),
                api.post("/api/strategies", draftBody(), "Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("alice:secret".getBytes(StandardCharsets.UTF_8))));
        for (Api.Answer answer : answers) {
            assertUnauthenticated(answer, answer.toString());
        }
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void rolesAreMatchedExactlyAndOnlyFromTheConfiguredClaim() {
        long before = events();
        Map<String, String> noRole = new LinkedHashMap<>();
        noRole.put("admın with a dotless ı", issuer.sign(issuer.claims("mallory", ROLES, "adm\u0131n")));
        noRole.put("ADMIN in capitals", issuer.sign(issuer.claims("mallory", ROLES, "ADMIN")));
        noRole.put("ROLE_ADMIN", issuer.sign(issuer.claims("mallory", ROLES, "ROLE_ADMIN")));
        noRole.put("admin in roles, not groups", issuer.sign(issuer.claims("mallory", ROLES).claim("roles", List.of("admin"))));
        noRole.put("admin in scope", issuer.sign(issuer.claims("mallory", ROLES).claim("scope", "admin editor")));
        noRole.put("admin in realm_access", issuer.sign(issuer.claims("mallory", ROLES)
                .claim("realm_access", Map.of("roles", List.of("admin")))));
        noRole.put("no role at all", issuer.sign(issuer.claims("mallory", ROLES)));
        for (Map.Entry<String, String> token : noRole.entrySet()) {
            for (Api.Answer answer : List.of(draft(token.getValue()), get("/v3/api-docs", token.getValue()),
                    get("/swagger-ui/index.html", token.getValue()), get("/actuator/prometheus", token.getValue()),
                    get("/actuator/info", token.getValue()))) {
                assertThat(answer.status()).as(token.getKey() + " " + answer).isEqualTo(403);
                assertThat(answer.code()).isEqualTo("FORBIDDEN");
                assertThat(answer.json().path("requestId").asString()).isNotBlank();
            }
            assertThat(get("/actuator/health", token.getValue()).status()).isEqualTo(200);
        }
        assertThat(events()).isEqualTo(before);
        String viewer = issuer.sign(issuer.claims("vera", ROLES, "viewer"));
        assertThat(get("/actuator/prometheus", viewer).status()).isEqualTo(200);
        assertThat(get("/v3/api-docs", viewer).status()).isEqualTo(200);
        assertThat(draft(viewer).status()).isEqualTo(403);
    }

    @Test
    void healthDetailsAreForAdminsOnly() {
        for (String token : new String[]{null, issuer.sign(issuer.claims("vera", ROLES, "viewer")),
                issuer.sign(issuer.claims("eddie", ROLES, "editor"))}) {
            JsonNode health = get("/actuator/health", token).json();
            assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
            assertThat(health.path("components").path("db").has("details")).isFalse();
            assertThat(health.path("components").path("diskSpace").has("details")).isFalse();
        }
        JsonNode admin = get("/actuator/health", issuer.sign(issuer.claims("ada", ROLES, "admin"))).json();
        assertThat(admin.path("components").path("db").path("details").path("database").asString()).isEqualTo("PostgreSQL");
    }

    /** Made-up key ids do not make the service fetch the issuer's key set for each token. */
    @Test
    void unknownKeyIdsCauseAtMostTwoKeySetFetchesPerInterval() {
        int before = issuer.keySetFetches();
        Map<String, String> unknownKeys = new LinkedHashMap<>();
        RSAKey made = attacker.key();
        for (int i = 0; i < 10; i++) {
            unknownKeys.put("made-up key id " + i, TestIssuer.sign(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).build(), issuer.claims("mallory", ROLES, "admin").build(),
                    TestIssuer.signer(made)));
        }
        assertAllRefused(unknownKeys);
        assertThat(issuer.keySetFetches() - before).isLessThanOrEqualTo(2);
        assertThat(draft(issuer.sign(issuer.claims("alice", ROLES, "editor"))).status()).isEqualTo(201);
    }

    @Test
    void theProtectedResourceMetadataNamesTheConfiguredUrlWhateverTheRequestSays() throws IOException {
        for (Api.Answer answer : List.of(get("/.well-known/oauth-protected-resource", null),
                api.send(api.request("/.well-known/oauth-protected-resource", "X-Forwarded-Host", "evil.example",
                        "X-Forwarded-Proto", "https").GET()))) {
            assertThat(answer.status()).isEqualTo(200);
            assertMetadata(answer.json());
        }
        String raw = rawGet("/.well-known/oauth-protected-resource", "evil.example:666");
        assertThat(raw).startsWith("HTTP/1.1 200");
        assertMetadata(JSON.readTree(raw.substring(raw.indexOf("\r\n\r\n") + 4)));
    }

    @Test
    void htstBehindATrustedTlsProxyAndACspOnEveryAnswer() {
        String admin = issuer.sign(issuer.claims("ada", ROLES, "admin"));
        Api.Answer plain = get("/actuator/health", null);
        assertThat(plain.header("Strict-Transport-Security")).isNull();
        Api.Answer forwarded = api.send(api.request("/actuator/health", "X-Forwarded-Proto", "https").GET());
        assertThat(forwarded.header("Strict-Transport-Security")).contains("max-age=");
        Api.Answer docsPage = get("/swagger-ui/index.html", admin);
        assertThat(docsPage.status()).isEqualTo(200);
        assertThat(docsPage.header("Content-Type")).startsWith("text/html");
        // The page works under the policy only because it has no inline script.
        assertThat(docsPage.response().body()).contains("<script src=").doesNotContainPattern("<script(?![^>]*\\ssrc=)");
        for (Api.Answer answer : List.of(plain, docsPage, get("/v3/api-docs", admin), draft(null))) {
            assertThat(answer.header("Content-Security-Policy")).as(answer.toString())
                    .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        }
    }

    private void assertAllRefused(Map<String, String> tokens) {
        long before = events();
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            assertUnauthenticated(draft(token.getValue()), token.getKey());
        }
        assertThat(events()).as("nothing recorded").isEqualTo(before);
    }

    private static void assertUnauthenticated(Api.Answer answer, String what) {
        assertThat(answer.status()).as(what + ": " + answer).isEqualTo(401);
        assertThat(answer.header("Content-Type")).as(what).startsWith("application/problem+json");
        assertThat(answer.code()).as(what).isEqualTo("UNAUTHENTICATED");
        assertThat(answer.json().path("requestId").asString()).as(what).isNotBlank().isEqualTo(answer.header("X-Request-Id"));
        assertThat(answer.header("WWW-Authenticate")).as(what).startsWith("Bearer")
                .contains("resource_metadata=\"" + METADATA + "\"");
    }

    private void assertMetadata(JsonNode metadata) {
        assertThat(metadata.path("resource").asString()).isEqualTo(PUBLIC_URL);
        assertThat(metadata.path("authorization_servers").get(0).asString()).isEqualTo(issuer.uri());
        assertThat(metadata.path("bearer_methods_supported").get(0).asString()).isEqualTo("header");
        assertThat(metadata.path("tls_client_certificate_bound_access_tokens").asBoolean(false)).isFalse();
        assertThat(metadata.toString()).doesNotContain("evil.example");
    }

    /** A GET with a Host header of the test's choosing, which Java's HTTP client does not let one set. */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String swapPayload(String token, JWTClaimsSet claims) {
        String[] parts = token.split("\\.");
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }

    private Api.Answer draft(String token) {
        return token == null ? api.post("/api/strategies", draftBody())
                : api.post("/api/strategies", draftBody(), "Authorization", "Bearer " + token);
    }

    private Api.Answer get(String path, String token) {
        return token == null ? api.send(api.request(path).GET())
                : api.send(api.request(path, "Authorization", "Bearer " + token).GET());
    }

    private static String draftBody() {
        return """
                {"strategyId": "prod-%s", "title": "OFO Strategic Plan FY2007–2011",
                 "organization": {"code": "OFO", "name": "Office of Field Operations", "parentCode": "CBP"},
                 "period": {"label": "FY 2007–2011", "fromYear": 2007, "toYear": 2011}, "effectiveDate": "2007-01-01"}"""
                .formatted(UUID.randomUUID());
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private int port() {
        return ProdCommandService.port(app);
    }
}
