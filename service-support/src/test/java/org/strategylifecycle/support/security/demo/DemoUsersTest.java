package org.strategylifecycle.support.security.demo;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.support.security.RetryLaterException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoUsersTest {

    private static final LoginThrottle.Limits LIMITS = new LoginThrottle.Limits(3, 5, Duration.ofMinutes(1));

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
        DemoUsers users = users(true);
        for (String name : new String[]{"editor", "auditor", "viewer", "admin"}) {
            Authentication login = users.authenticate(login(name, name, "10.0.0.1"));
            assertThat(login.isAuthenticated()).isTrue();
            assertThat(login.getName()).isEqualTo(name);
            assertThat(login.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                    .containsExactly("ROLE_" + name.toUpperCase());
        }
    }

    @Test
    void rememberedLoginNeverLetsAWrongPasswordIn() {
        DemoUsers users = users(true);
        users.authenticate(login("editor", "editor", "10.0.0.1"));
        assertThatThrownBy(() -> users.authenticate(login("editor", "admin", "10.0.0.1"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> users.authenticate(login("admin", "editor", "10.0.0.1"))).isInstanceOf(BadCredentialsException.class);
        now.set(now.get().plus(DemoUsers.REMEMBERED_FOR).plusSeconds(1));
        assertThat(users.authenticate(login("editor", "editor", "10.0.0.1")).isAuthenticated()).isTrue();
    }

    @Test
    void disabledDemoUsersLetNobodyIn() {
        DemoUsers users = users(false);
        assertThatThrownBy(() -> users.authenticate(login("admin", "admin", "10.0.0.1"))).isInstanceOf(BadCredentialsException.class);
    }

    /** The same work for an unknown name as for a known one with a wrong password: one bcrypt check each. */
    @Test
    void anUnknownUserCostsTheSamePasswordCheckAsAWrongPassword() {
        List<String> checkedAgainst = new ArrayList<>();
        PasswordEncoder bcrypt = new BCryptPasswordEncoder(DemoUsers.BCRYPT_COST);
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String hash) {
                checkedAgainst.add(hash);
                return bcrypt.matches(raw, hash);
            }
        };
        DemoUsers users = new DemoUsers(true, counting, new LoginThrottle(LIMITS), clock);
        assertThatThrownBy(() -> users.authenticate(login("editor", "wrong", "10.0.0.1"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> users.authenticate(login("mallory", "wrong", "10.0.0.2"))).isInstanceOf(BadCredentialsException.class);
        assertThat(checkedAgainst).hasSize(2).allSatisfy(hash -> assertThat(hash).startsWith("$2a$04$"));
        assertThatThrownBy(() -> new DemoUsers(false, counting, new LoginThrottle(LIMITS), clock)
                .authenticate(login("editor", "editor", "10.0.0.3"))).isInstanceOf(BadCredentialsException.class);
        assertThat(checkedAgainst).hasSize(3);
    }

    @Test
    void aUserNameThatFailedTooOftenIsRefusedForTheRestOfTheWindowBeforeAnyCheck() {
        DemoUsers users = users(true);
        for (int i = 0; i < LIMITS.perUser(); i++) {
            String client = "10.0.1." + i;
            assertThatThrownBy(() -> users.authenticate(login("editor", "guess", client))).isInstanceOf(BadCredentialsException.class);
        }
        now.set(now.get().plusSeconds(20));
        assertThatThrownBy(() -> users.authenticate(login("editor", "editor", "10.0.2.1")))
                .isInstanceOfSatisfying(RetryLaterException.class, later -> {
                    assertThat(later.code()).isEqualTo(ErrorCode.TOO_MANY_LOGIN_ATTEMPTS);
                    assertThat(later.retryAfterSeconds()).isEqualTo(40);
                });
        assertThat(users.authenticate(login("admin", "admin", "10.0.2.1")).isAuthenticated()).isTrue();
        now.set(now.get().plusSeconds(41));
        assertThat(users.authenticate(login("editor", "editor", "10.0.2.1")).isAuthenticated()).isTrue();
    }

    @Test
    void aClientThatFailedTooOftenIsRefusedWhateverTheName() {
        DemoUsers users = users(true);
        for (int i = 0; i < LIMITS.perClient(); i++) {
            String name = "guess-" + i;
            assertThatThrownBy(() -> users.authenticate(login(name, name, "203.0.113.5"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> users.authenticate(login("viewer", "viewer", "203.0.113.5")))
                .isInstanceOf(RetryLaterException.class);
        assertThat(users.authenticate(login("viewer", "viewer", "203.0.113.6")).isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulLoginClearsItsNamesFailuresAndARememberedOneIsNotThrottled() {
        DemoUsers users = users(true);
        users.authenticate(login("auditor", "auditor", "10.0.0.1"));
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < LIMITS.perUser() - 1; i++) {
                assertThatThrownBy(() -> users.authenticate(login("editor", "guess", "10.0.3.1"))).isInstanceOf(BadCredentialsException.class);
            }
            assertThat(users.authenticate(login("editor", "editor", "10.0.3.2")).isAuthenticated()).isTrue();
        }
        for (int i = 0; i < LIMITS.perUser(); i++) {
            assertThatThrownBy(() -> users.authenticate(login("auditor", "guess", "10.0.4.1"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> users.authenticate(login("auditor", "guess", "10.0.4.1"))).isInstanceOf(RetryLaterException.class);
        assertThat(users.authenticate(login("auditor", "auditor", "10.0.4.1")).isAuthenticated()).isTrue();
    }

    private DemoUsers users(boolean enabled) {
        return new DemoUsers(enabled, new LoginThrottle(LIMITS), clock);
    }

    private static UsernamePasswordAuthenticationToken login(String name, String password, String client) {
        UsernamePasswordAuthenticationToken login = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(client);
        login.setDetails(new WebAuthenticationDetails(request));
        return login;
    }
}
