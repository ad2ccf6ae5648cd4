package org.strategylifecycle.support.security.prod;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The claims a signed token must carry to be accepted (docs/adr/0013-production-sign-in.md): the
 * configured issuer, one of the configured audiences, an {@code exp} and an {@code iat} that make a
 * plausible lifetime no longer than the configured maximum, and a subject clean enough to be the
 * actor of the audit record. Spring's validators where they fit; the lifetime and subject rules are
 * the service's own.
 */
final class TokenRules {

    /** The longest subject kept as an actor; identity providers' ids are far shorter. */
    static final int MAX_SUBJECT_LENGTH = 255;

    private TokenRules() {
    }

    static OAuth2TokenValidator<Jwt> of(ProductionSettings settings, Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(ProductionSettings.CLOCK_SKEW);
        timestamps.setAllowEmptyExpiryClaim(false);
        timestamps.setClock(clock);
        // Plain JWTs and RFC 9068 access tokens; Spring's default would refuse the latter.
        JwtTypeValidator types = new JwtTypeValidator(List.of("JWT", "at+jwt", "application/at+jwt"));
        types.setAllowEmpty(true);
        return JwtValidators.createDefaultWithValidators(List.of(types, timestamps,
                new JwtIssuerValidator(settings.issuer()),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        audiences -> audiences != null && audiences.stream().anyMatch(settings.audiences()::contains)),
                lifetime(settings.maxLifetime(), clock),
                TokenRules::subject));
    }

    /** {@code iat} present and not in the future, {@code exp} after it by no more than {@code max}. */
    static OAuth2TokenValidator<Jwt> lifetime(Duration max, Clock clock) {
        return jwt -> {
            Instant issued = jwt.getIssuedAt();
            Instant expires = jwt.getExpiresAt();
            if (issued == null) {
                return invalid("iat is required");
            }
            if (issued.isAfter(clock.instant().plus(ProductionSettings.CLOCK_SKEW))) {
                return invalid("iat lies in the future");
            }
            if (expires != null && !expires.isAfter(issued)) {
                return invalid("exp does not lie after iat");
            }
            if (expires != null && Duration.between(issued, expires).compareTo(max) > 0) {
                return invalid("the token lives longer than " + max + " (exp - iat)");
            }
            return OAuth2TokenValidatorResult.success();
        };
    }

    /**
     * The subject becomes the actor of every change recorded with the token: present, at most
     * {@value #MAX_SUBJECT_LENGTH} characters, no surrounding spaces, and no control, format (such as
     * bidirectional overrides), line-separator or lone surrogate characters.
     */
    static OAuth2TokenValidatorResult subject(Jwt jwt) {
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank()) {
            return invalid("sub is required");
        }
        if (subject.length() > MAX_SUBJECT_LENGTH) {
            return invalid("sub is longer than " + MAX_SUBJECT_LENGTH + " characters");
        }
        if (!subject.strip().equals(subject) || subject.codePoints().anyMatch(TokenRules::unclean)) {
            return invalid("sub has surrounding spaces or control characters");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static boolean unclean(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> true;
            default -> false;
        };
    }

    private static OAuth2TokenValidatorResult invalid(String reason) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, reason, null));
    }
}
