package org.strategylifecycle.support.security.prod;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A token issuer for tests of the {@code prod} profile, over real HTTP on the loopback interface: its
 * OpenID metadata at {@code /.well-known/openid-configuration} and its public key set at {@code /jwks},
 * tokens signed here with its RSA key. It can fail (every answer 503), hang (no answer until it is
 * back up), rotate its key, and count the key set fetches. Used by both services' production sign-in
 * tests (service-support's test jar).
 */
public final class TestIssuer implements AutoCloseable {

    /** The audience the tests configure the services with. */
    public static final String AUDIENCE = "strategy-api";

    private enum State { UP, FAILING, HANGING }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "test-issuer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger keySetFetches = new AtomicInteger();
    private volatile State state = State.UP;
    private volatile CountDownLatch released = new CountDownLatch(0);
    private volatile RSAKey key = newKey();

    private TestIssuer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(threads);
        server.createContext("/.well-known/openid-configuration", exchange -> answer(exchange,
                "{\"issuer\":\"" + uri() + "\",\"jwks_uri\":\"" + uri() + "/jwks\"}"));
        server.createContext("/jwks", exchange -> {
            keySetFetches.incrementAndGet();
            answer(exchange, new JWKSet(key.toPublicJWK()).toString());
        });
        server.start();
    }

    public static TestIssuer start() {
        try {
            return new TestIssuer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The issuer identifier ({@code iss}) and the base of its metadata. */
    public String uri() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** How many times the key set has been asked for. */
    public int keySetFetches() {
        return keySetFetches.get();
    }

    /** From now on every answer is 503. */
    public void fail() {
        state = State.FAILING;
    }

    /** From now on requests are accepted but not answered, until {@link #up()}. */
    public void hang() {
        released = new CountDownLatch(1);
        state = State.HANGING;
    }

    /** Answers normally again, hanging requests included. */
    public void up() {
        state = State.UP;
        released.countDown();
    }

    /** A new signing key replaces the old one in the published key set. */
    public void rotate() {
        key = newKey();
    }

    /** The current signing key (private half included, for tests that tamper with tokens). */
    public RSAKey key() {
        return key;
    }

    /**
     * The claims of a token the services accept, for {@code subject} with {@code roles} in the claim
     * {@code rolesClaim}: this issuer, the test audience, issued now, expiring in five minutes.
     */
    public JWTClaimsSet.Builder claims(String subject, String rolesClaim, String... roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(uri()).audience(AUDIENCE).subject(subject)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString()).claim(rolesClaim, List.of(roles));
    }

    /** Signs with the current key, RS256, naming its key id. */
    public String sign(JWTClaimsSet.Builder claims) {
        return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build(), signer(key));
    }

    public static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) {
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    public static JWSSigner signer(RSAKey key) {
        try {
            return new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh 2048-bit RSA key with a random key id: the issuer's, or an attacker's. */
    public static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(HttpExchange exchange, String json) throws IOException {
        try (exchange) {
            State now = state;
            if (now == State.HANGING) {
                released.await(60, TimeUnit.SECONDS);
                now = state;
            }
            if (now == State.FAILING) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        up();
        server.stop(0);
        threads.shutdownNow();
    }
}
