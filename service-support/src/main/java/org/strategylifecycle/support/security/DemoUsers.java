package org.strategylifecycle.support.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documented demo users of a local installation: editor, auditor, viewer and admin, each with
 * its name as password, stored as bcrypt hashes. HTTP Basic sends the password with every request
 * and bcrypt is deliberately slow, so a verified pair is remembered for a short while under a
 * SHA-256 of name and password (never the password itself), in a bounded map.
 */
class DemoUsers implements AuthenticationProvider {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    static final int MAX_REMEMBERED = 1_000;

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Clock clock;

    DemoUsers(boolean enabled, Clock clock) {
        this.clock = clock;
        if (enabled) {
            for (String role : List.of(Roles.EDITOR, Roles.AUDITOR, Roles.VIEWER, Roles.ADMIN)) {
                String name = role.toLowerCase();
                users.put(name, new User(bcrypt.encode(name), List.of(new SimpleGrantedAuthority("ROLE_" + role))));
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
        User user = users.get(name);
        if (user == null || !bcrypt.matches(password, user.passwordHash())) {
            throw new BadCredentialsException("wrong user name or password");
        }
        remember(key, new Verified(user, now.plus(REMEMBERED_FOR)), now);
        return authenticated(name, user);
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
