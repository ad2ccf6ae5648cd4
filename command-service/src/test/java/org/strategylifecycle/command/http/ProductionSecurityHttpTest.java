package org.strategylifecycle.command.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.strategylifecycle.command.CommandServiceApplication;
import org.strategylifecycle.devdb.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prod profile: bearer JWTs from the identity provider, roles from the configured claim, and
 * no demo users. Tokens are signed here with a key whose public half the service is given instead
 * of an issuer to ask for its keys.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionSecurityHttpTest {

    private static final String DRAFT = """
            {"title": "OFO Strategic Plan FY2007–2011",
             "organization": {"code": "OFO", "name": "Office of Field Operations", "parentCode": "CBP"},
             "period": {"label": "FY 2007–2011", "fromYear": 2007, "toYear": 2011}, "effectiveDate": "2007-01-01"}""";

    private KeyPair keys;
    private ConfigurableApplicationContext app;
    private int port;

    @BeforeAll
    void start(@TempDir Path dir) throws NoSuchAlgorithmException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        Path publicKey = dir.resolve("issuer.pub");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        TestDatabase.Connection database = TestDatabase.create("prod");
        app = new SpringApplicationBuilder(CommandServiceApplication.class).run("--server.port=0",
                "--spring.profiles.active=prod",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + publicKey.toUri(),
                "--strategy.security.roles-claim=groups");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void editorTokenSendsCommandsAsItsSubject() throws JOSEException {
        Api api = new Api(port, null);
        Api.Answer drafted = api.post("/api/strategies", DRAFT, "Authorization", "Bearer " + token("alice", "editor"));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        assertThat(app.getBean(JdbcTemplate.class).queryForObject(
                "select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ?",
                String.class, drafted.id())).contains("\"actor\":\"alice\"");
    }

    @Test
    void viewerTokenIsForbidden() throws JOSEException {
        Api.Answer answer = new Api(port, null).post("/api/strategies", DRAFT,
                "Authorization", "Bearer " + token("bob", "viewer"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void demoUsersAndMissingTokensAreUnauthenticated() {
        for (Api api : new Api[]{new Api(port, null), new Api(port, "editor")}) {
            Api.Answer answer = api.post("/api/strategies", DRAFT);
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.code()).isEqualTo("UNAUTHENTICATED");
            assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    private String token(String subject, String role) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .subject(subject).claim("groups", List.of(role))
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }
}
