package org.strategylifecycle.support.security.prod;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the {@code prod} profile needs to accept a bearer token, read from the {@code strategy.security.*}
 * properties that {@code strategy-security.yml} maps to environment variables (docs/operations.md). Every
 * default lives in that file; a property it does not give is reported here under its variable's name.
 *
 * @param issuer       the {@code iss} every token must carry, also where the keys are discovered
 * @param audiences    a token must name at least one of them in {@code aud}
 * @param publicUrl    the service's own address as clients reach it, for the protected-resource metadata
 * @param jwkSetUri    the issuer's key set, or null to discover it from the issuer's OpenID metadata
 * @param algorithms   the signature algorithms accepted
 * @param maxLifetime  the longest a token may live ({@code exp - iat})
 * @param keyRefreshInterval at most two fetches of the key set in this time (Nimbus's rate limit)
 * @param issuerTimeout each connect and each read from the issuer gives up after this
 */
record ProductionSettings(String issuer, List<String> audiences, URI publicUrl, URI jwkSetUri,
                          Set<SignatureAlgorithm> algorithms, Duration maxLifetime, Duration keyRefreshInterval,
                          Duration issuerTimeout, String rolesClaim) {

    /** How far the service's and the issuer's clocks may differ, as Spring's own timestamp check allows. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    /** A fetched key set is used this long before it is fetched again (Nimbus's default). */
    static final Duration KEY_CACHE_TIME = Duration.ofMinutes(5);

    private static final String ISSUER = "strategy.security.jwt.issuer-uri";
    private static final String AUDIENCE = "strategy.security.jwt.audience";
    private static final String PUBLIC_URL = "strategy.security.public-url";
    private static final String JWK_SET_URI = "strategy.security.jwt.jwk-set-uri";
    private static final String ALGORITHMS = "strategy.security.jwt.algorithms";
    private static final String MAX_LIFETIME = "strategy.security.jwt.max-lifetime";
    private static final String KEY_REFRESH_INTERVAL = "strategy.security.jwt.key-refresh-interval";
    private static final String ISSUER_TIMEOUT = "strategy.security.jwt.issuer-timeout";
    private static final String ROLES_CLAIM = "strategy.security.roles-claim";
    private static final String DEMO_USERS = "strategy.security.demo-users";

    /**
     * Reads and checks the settings; every problem found is named in one line of the exception, by
     * the environment variable an operator sets.
     */
    static ProductionSettings of(Environment environment) {
        Reader reader = new Reader(environment);
        String issuer = reader.required(ISSUER, "STRATEGY_JWT_ISSUER_URI");
        List<String> audiences = reader.list(AUDIENCE, "STRATEGY_JWT_AUDIENCE");
        URI publicUrl = reader.url(PUBLIC_URL, "STRATEGY_PUBLIC_URL", true);
        URI jwkSetUri = reader.url(JWK_SET_URI, "STRATEGY_JWT_JWK_SET_URI", false);
        Set<SignatureAlgorithm> algorithms = reader.algorithms(ALGORITHMS, "STRATEGY_JWT_ALGORITHMS");
        Duration maxLifetime = reader.duration(MAX_LIFETIME, "STRATEGY_JWT_MAX_LIFETIME");
        Duration keyRefreshInterval = reader.duration(KEY_REFRESH_INTERVAL, "STRATEGY_JWT_KEY_REFRESH_INTERVAL");
        Duration issuerTimeout = reader.duration(ISSUER_TIMEOUT, "STRATEGY_JWT_ISSUER_TIMEOUT");
        String rolesClaim = reader.required(ROLES_CLAIM, "STRATEGY_JWT_ROLES_CLAIM");
        if (issuer != null && !isHttpUrl(issuer)) {
            reader.problems.add("STRATEGY_JWT_ISSUER_URI is not an absolute http(s) URL");
        }
        if (keyRefreshInterval != null && keyRefreshInterval.compareTo(KEY_CACHE_TIME) >= 0) {
            reader.problems.add("STRATEGY_JWT_KEY_REFRESH_INTERVAL must be shorter than " + KEY_CACHE_TIME.toMinutes() + " minutes");
        }
        if (Boolean.parseBoolean(environment.getProperty(DEMO_USERS, "false"))) {
            reader.problems.add("STRATEGY_DEMO_USERS must be false");
        }
        reader.failIfAnyProblem();
        return new ProductionSettings(issuer, audiences, publicUrl, jwkSetUri, algorithms, maxLifetime,
                keyRefreshInterval, issuerTimeout, rolesClaim);
    }

    /** Where the protected-resource metadata of this service is served (RFC 9728), under its public URL. */
    String resourceMetadataUrl() {
        return publicUrl + "/.well-known/oauth-protected-resource";
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Collects every missing or malformed setting, so that one start names them all. */
    private static final class Reader {

        private final Environment environment;
        private final List<String> missing = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        Reader(Environment environment) {
            this.environment = environment;
        }

        String required(String property, String variable) {
            String value = environment.getProperty(property);
            if (value == null || value.isBlank()) {
                missing.add(variable);
                return null;
            }
            return value.trim();
        }

        List<String> list(String property, String variable) {
            String value = required(property, variable);
            return value == null ? List.of()
                    : Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
        }

        URI url(String property, String variable, boolean isRequired) {
            String value = isRequired ? required(property, variable) : environment.getProperty(property, "").trim();
            if (value == null || value.isEmpty()) {
                return null;
            }
            if (!isHttpUrl(value)) {
                problems.add(variable + " is not an absolute http(s) URL");
                return null;
            }
            return URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        }

        Set<SignatureAlgorithm> algorithms(String property, String variable) {
            Set<SignatureAlgorithm> algorithms = new LinkedHashSet<>();
            for (String name : list(property, variable)) {
                SignatureAlgorithm algorithm = SignatureAlgorithm.from(name);
                if (algorithm == null) {
                    problems.add(variable + " names an unknown signature algorithm: " + name);
                } else {
                    algorithms.add(algorithm);
                }
            }
            return algorithms;
        }

        Duration duration(String property, String variable) {
            String value = required(property, variable);
            if (value == null) {
                return null;
            }
            try {
                Duration duration = DurationStyle.detectAndParse(value);
                if (duration.isNegative() || duration.isZero()) {
                    problems.add(variable + " must be positive");
                }
                return duration;
            } catch (IllegalArgumentException e) {
                problems.add(variable + " is not a duration (e.g. 30s, 2h): " + value);
                return null;
            }
        }

        void failIfAnyProblem() {
            List<String> all = new ArrayList<>();
            if (!missing.isEmpty()) {
                all.add(String.join(", ", missing) + (missing.size() == 1 ? " is not set" : " are not set"));
            }
            all.addAll(problems);
            if (!all.isEmpty()) {
                throw new ProductionSettingsException(
                        "The prod profile cannot start: " + String.join("; ", all) + " (docs/operations.md#production-sign-in)");
            }
        }
    }
}
