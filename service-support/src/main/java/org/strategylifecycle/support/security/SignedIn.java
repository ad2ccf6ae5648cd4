package org.strategylifecycle.support.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.Instant;
import java.util.Optional;

/**
 * What a long-lived answer (a live stream) needs to know about the login that opened it: when it stops
 * being valid. Under {@code prod} that is the bearer token's {@code exp} (always present: tokens
 * without it are refused); a demo user's HTTP Basic login has no end of its own.
 */
public final class SignedIn {

    private SignedIn() {
    }

    /** The instant after which {@code login} is no longer accepted, or empty when it does not lapse by itself. */
    public static Optional<Instant> expiresAt(Authentication login) {
        return login instanceof JwtAuthenticationToken token ? Optional.ofNullable(token.getToken().getExpiresAt())
                : Optional.empty();
    }
}
