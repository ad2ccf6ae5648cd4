package org.strategylifecycle.support.security.demo;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.strategylifecycle.support.security.Roles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documented demo users of a local installation: editor, auditor, viewer and admin, each with
 * its name as password, stored as bcrypt hashes. HTTP Basic sends the password with every request, so
 * a verified pair is remembered for a short while under a SHA-256 of name and password (never the
 * password itself), in a bounded map.
 * <p>
 * A failed login reveals nothing and costs little: an unknown name is checked against a hash of a
 * random password, the same work as a wrong password for a known name; bcrypt runs at its lowest
 * cost, since the passwords are published in the README and a slow hash would protect nothing; and
 * {@link LoginThrottle} refuses logins from a client or for a name that failed too often, before any
 * hash is computed.
 */
class DemoUsers implements AuthenticationProvider {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    static final int MAX_REMEMBERED = 1_000;
    /** bcrypt's lowest cost (2^4 rounds): a check takes about a millisecond (docs/benchmarks.md). */
    static final int BCRYPT_COST = 4;

    private final PasswordEncoder passwords;
    private final String unknownUserHash;
    private final LoginThrottle throttle;
    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Clock clock;

    DemoUsers(boolean enabled, LoginThrottle throttle, Clock clock) {
        this(enabled, new BCryptPasswordEncoder(BCRYPT_COST), throttle, clock);
    }

    DemoUsers(boolean enabled, PasswordEncoder passwords, LoginThrottle throttle, Clock clock) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.clock = clock;
        this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
        if (enabled) {
            for (String role : List.of(Roles.EDITOR, Roles.AUDITOR, Roles.VIEWER, Roles.ADMIN)) {
                String name = role.toLowerCase();
                users.put(name, new User(passwords.encode(name), List.of(new SimpleGrantedAuthority("ROLE_" + role))));
            }
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        String key = sha256(name + '\0' + password);
        Instant now = clock.instant();
        Verified known = verified.get(key);
        if (known != null && known.until().isAfter(now)) {
            return authenticated(name, known.user());
        }
        String client = client(authentication);
        String nameKey = sha256(name);
        throttle.check(client, nameKey, now);
        User user = users.get(name);
        boolean matches = passwords.matches(password, user == null ? unknownUserHash : user.passwordHash());
        if (user == null || !matches) {
            throttle.failed(client, nameKey, now);
            throw new BadCredentialsException("wrong user name or password");
        }
        throttle.succeeded(nameKey);
        remember(key, new Verified(user, now.plus(REMEMBERED_FOR)), now);
        return authenticated(name, user);
    }

    /** The address the login came from (the client's, behind a trusted proxy), from Spring's login details. */
    private static String client(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    private void remember(String key, Verified entry, Instant now) {
        if (verified.size() >= MAX_REMEMBERED) {
            verified.values().removeIf(v -> !v.until().isAfter(now));
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
        }
        verified.put(key, entry);
    }

    private static Authentication authenticated(String name, User user) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null, user.roles());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record User(String passwordHash, List<GrantedAuthority> roles) {
    }

    private record Verified(User user, Instant until) {
    }
}
