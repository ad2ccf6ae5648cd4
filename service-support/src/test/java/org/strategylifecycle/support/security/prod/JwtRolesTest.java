package org.strategylifecycle.support.security.prod;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JwtRolesTest {

    @Test
    void rolesComeFromTheConfiguredClaimAsAListOrAString() {
        assertThat(roles(new JwtRoles("roles"), jwt("roles", List.of("editor", "viewer"))))
                .containsExactly("ROLE_EDITOR", "ROLE_VIEWER");
        assertThat(roles(new JwtRoles("groups"), jwt("groups", "auditor, admin")))
                .containsExactly("ROLE_AUDITOR", "ROLE_ADMIN");
        assertThat(roles(new JwtRoles("roles"), jwt("scope", "editor"))).isEmpty();
    }

    @Test
    void onlyTheDocumentedNamesCountWithoutAnyCaseFolding() {
        // "admın" (dotless ı) and "admİn" upper-case to ADMIN under Unicode rules; "ADMIN" and "Admin"
        // are not the documented spelling; "ROLE_ADMIN" and "superuser" are not role names at all.
        assertThat(roles(new JwtRoles("roles"),
                jwt("roles", List.of("adm\u0131n", "adm\u0130n", "ADMIN", "Admin", "ROLE_ADMIN", "superuser", " admin"))))
                .isEmpty();
        assertThat(roles(new JwtRoles("roles"), jwt("roles", List.of("admin", "admin")))).containsExactly("ROLE_ADMIN");
    }

    @Test
    void actorIsTheTokensSubject() {
        assertThat(new JwtRoles("roles").convert(jwt("roles", "editor")).getName()).isEqualTo("alice");
    }

    private static List<String> roles(JwtRoles converter, Jwt jwt) {
        return converter.convert(jwt).getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static Jwt jwt(String claim, Object value) {
        return Jwt.withTokenValue("token").header("alg", "none").subject("alice").claim(claim, value).build();
    }
}
