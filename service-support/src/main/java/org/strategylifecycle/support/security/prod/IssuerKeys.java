package org.strategylifecycle.support.security.prod;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetRetrievalException;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.ResourceRetriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The issuer's signing keys. This is the bottom of the key source that {@link #source()} builds with
 * Nimbus's {@link JWKSourceBuilder}: a key set is cached for five minutes, fetched at most twice per key
 * refresh interval (tokens with made-up key ids cannot make the service ask the issuer again and again),
 * and kept through an issuer outage for an hour; each fetch gives up after the issuer timeout. Here the
 * key set's address is discovered from the issuer's OpenID metadata when it is not configured, and the
 * outcome of the last fetch is remembered: whether the issuer can be reached decides between 401 and
 * 503 for a token whose key is not at hand, and an outage is logged once when it starts and once when
 * it ends, never per request.
 */
final class IssuerKeys implements JWKSetSource<SecurityContext> {

    /** An issuer outage shorter than this goes unnoticed by tokens signed with a cached key. */
    static final Duration OUTAGE_TOLERANCE = Duration.ofHours(1);
    /** Larger documents are refused (Nimbus's default limit for key sets). */
    private static final int SIZE_LIMIT = JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT;
    private static final Logger LOG = LoggerFactory.getLogger(IssuerKeys.class);

    private final String issuer;
    private final ResourceRetriever retriever;
    private final ProductionSettings settings;
    private final AtomicBoolean reachable = new AtomicBoolean(true);
    private volatile URL keySet;

    IssuerKeys(ProductionSettings settings) {
        this.settings = settings;
        this.issuer = settings.issuer();
        int timeout = Math.toIntExact(settings.issuerTimeout().toMillis());
        this.retriever = new DefaultResourceRetriever(timeout, timeout, SIZE_LIMIT);
        this.keySet = settings.jwkSetUri() == null ? null : toUrl(settings.jwkSetUri());
    }

    /** The key source a token's signature is checked against: Nimbus's cache, rate limit and outage tolerance over this. */
    JWKSource<SecurityContext> source() {
        long timeout = settings.issuerTimeout().toMillis();
        return JWKSourceBuilder.create(this)
                // A request that finds another one fetching waits for it at most as long as a fetch may take.
                .cache(ProductionSettings.KEY_CACHE_TIME.toMillis(), 2 * timeout)
                .refreshAheadCache(false)
                .rateLimited(settings.keyRefreshInterval().toMillis())
                .outageTolerant(OUTAGE_TOLERANCE.toMillis())
                .build();
    }

    /** Whether the last fetch of the key set (or of the metadata naming it) succeeded; true before the first. */
    boolean reachable() {
        return reachable.get();
    }

    @Override
    public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator refreshEvaluator, long currentTime, SecurityContext context)
            throws KeySourceException {
        try {
            JWKSet keys = JWKSet.parse(retriever.retrieveResource(keySet()).getContent());
            if (reachable.compareAndSet(false, true)) {
                LOG.info("The identity provider's keys at {} can be fetched again", keySet);
            }
            return keys;
        } catch (IOException | ParseException | RuntimeException e) {
            if (reachable.compareAndSet(true, false)) {
                LOG.warn("The identity provider's keys ({}) cannot be fetched: {}. Tokens whose key is not cached "
                        + "are answered 503 until a fetch succeeds; this is logged again only when it does.",
                        keySet == null ? issuer : keySet, e.toString());
            }
            throw new JWKSetRetrievalException("the issuer's key set cannot be fetched: " + e.getMessage(), e);
        }
    }

    private URL keySet() throws IOException, ParseException {
        URL known = keySet;
        if (known == null) {
            known = discover();
            keySet = known;
        }
        return known;
    }

    /** The key set named by the issuer's OpenID Provider metadata, which must name the same issuer. */
    private URL discover() throws IOException, ParseException {
        URL metadata = toUrl(URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration"));
        Map<String, Object> claims = JSONObjectUtils.parse(retriever.retrieveResource(metadata).getContent());
        String named = JSONObjectUtils.getString(claims, "issuer");
        String jwksUri = JSONObjectUtils.getString(claims, "jwks_uri");
        if (!issuer.equals(named) || jwksUri == null) {
            throw new IOException(metadata + " names issuer " + named + " and key set " + jwksUri
                    + "; expected issuer " + issuer + " and a key set");
        }
        return toUrl(URI.create(jwksUri));
    }

    private static URL toUrl(URI uri) {
        try {
            return uri.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException("not a URL: " + uri, e);
        }
    }

    @Override
    public void close() {
        // nothing held between fetches
    }
}
