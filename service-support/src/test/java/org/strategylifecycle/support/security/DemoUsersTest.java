package org.strategylifecycle.support.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoUsersTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void eachDemoUserLogsInWithItsNameAsPasswordAndHasItsRole() {
        DemoUsers users = new DemoUsers(true, clock);
        for (String name : new String[]{"editor", "auditor", "viewer", "admin"}) {
            Authentication login = users.authenticate(login(name, name));
            assertThat(login.isAuthenticated()).isTrue();
            assertThat(login.getName()).isEqualTo(name);
            assertThat(login.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                    .containsExactly("ROLE_" + name.toUpperCase());
        }
    }

    @Test
    void rememberedLoginNeverLetsAWrongPasswordIn() {
        DemoUsers users = new DemoUsers(true, clock);
        users.authenticate(login("editor", "editor"));
        assertThatThrownBy(() -> users.authenticate(login("editor", "admin"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> users.authenticate(login("admin", "editor"))).isInstanceOf(BadCredentialsException.class);
        now.set(now.get().plus(DemoUsers.REMEMBERED_FOR).plusSeconds(1));
        assertThat(users.authenticate(login("editor", "editor")).isAuthenticated()).isTrue();
    }

    @Test
    void disabledDemoUsersLetNobodyIn() {
        DemoUsers users = new DemoUsers(false, clock);
        assertThatThrownBy(() -> users.authenticate(login("admin", "admin"))).isInstanceOf(BadCredentialsException.class);
    }

    private static UsernamePasswordAuthenticationToken login(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }
}
