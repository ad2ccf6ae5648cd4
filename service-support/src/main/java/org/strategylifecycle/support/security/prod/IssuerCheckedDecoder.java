package org.strategylifecycle.support.security.prod;

import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.support.security.RetryLaterException;

import java.time.Clock;

/**
 * Spring's Nimbus decoder over {@link IssuerKeys} and {@link TokenRules}, which tells a token that is
 * wrong (401) from one that cannot be checked because the issuer cannot be reached (503 with
 * {@code Retry-After}: the key set may be fetched again after the key refresh interval). Spring answers
 * both with one exception type that its filter rethrows as a server error.
 */
final class IssuerCheckedDecoder implements JwtDecoder {

    private final NimbusJwtDecoder tokens;
    private final IssuerKeys keys;
    private final ProductionSettings settings;

    IssuerCheckedDecoder(ProductionSettings settings, IssuerKeys keys, Clock clock) {
        this.settings = settings;
        this.keys = keys;
        this.tokens = NimbusJwtDecoder.withJwkSource(keys.source())
                .jwsAlgorithms(algorithms -> algorithms.addAll(settings.algorithms()))
                .build();
        this.tokens.setJwtValidator(TokenRules.of(settings, clock));
    }

    @Override
    public Jwt decode(String token) {
        try {
            return tokens.decode(token);
        } catch (BadJwtException wrong) {
            throw wrong;
        } catch (JwtException unchecked) {
            if (keys.reachable() && causedBy(unchecked, RateLimitReachedException.class)) {
                // The issuer answered recently and its keys are cached; this token names a key they do
                // not hold, and fetching again is not due yet.
                throw new BadJwtException("the token's key is not one of the issuer's", unchecked);
            }
            throw new RetryLaterException(ErrorCode.ISSUER_UNAVAILABLE, settings.keyRefreshInterval(),
                    "the identity provider cannot be reached to check the token; retry later", unchecked);
        }
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
