package org.strategylifecycle.query.live;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A token issuer of the test's own: its discovery document and key set served over HTTP on
 * loopback, tokens signed here with its RSA key.
 */
final class LocalIssuer implements AutoCloseable {

    private final HttpServer server;
    private final RSAKey key;
    private final String uri;

    private LocalIssuer(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
        this.uri = "http://localhost:" + server.getAddress().getPort() + "/issuer";
    }

    static LocalIssuer start() throws IOException, JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        LocalIssuer issuer = new LocalIssuer(server, key);
        server.createContext("/issuer/.well-known/openid-configuration", exchange -> issuer.answer(exchange,
                "{\"issuer\":\"" + issuer.uri + "\",\"jwks_uri\":\"" + issuer.uri + "/jwks\","
                        + "\"subject_types_supported\":[\"public\"]}"));
        server.createContext("/issuer/jwks", exchange -> issuer.answer(exchange,
                new JWKSet(key.toPublicJWK()).toString()));
        server.start();
        return issuer;
    }

    String uri() {
        return uri;
    }

    /** A token for {@code subject} with {@code roles}, valid until {@code expires}. */
    String token(String subject, List<String> roles, Instant expires) throws JOSEException {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(uri).subject(subject).audience("strategy-lifecycle")
                        .issueTime(Date.from(now.minusSeconds(5))).notBeforeTime(Date.from(now.minusSeconds(5)))
                        .expirationTime(Date.from(expires)).jwtID(UUID.randomUUID().toString())
                        .claim("roles", roles).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private void answer(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
