package org.strategylifecycle.support.security.prod;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.strategylifecycle.support.security.Roles;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the roles of a JWT from a configurable claim: a list, or a string of names separated by spaces
 * or commas. A name counts only when it is exactly one of the four role names as documented, in lower
 * case ({@code editor}, {@code auditor}, {@code viewer}, {@code admin}); nothing is case-folded, so no
 * locale or Unicode rule can turn another name (such as {@code admın} with a dotless ı) into a role.
 */
class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final Map<String, GrantedAuthority> KNOWN = Map.of(
            "editor", authority(Roles.EDITOR),
            "auditor", authority(Roles.AUDITOR),
            "viewer", authority(Roles.VIEWER),
            "admin", authority(Roles.ADMIN));

    private final String claim;

    JwtRoles(String claim) {
        this.claim = claim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Object value = jwt.getClaims().get(claim);
        List<String> names = value instanceof Collection<?> list ? list.stream().map(String::valueOf).toList()
                : value instanceof String text ? Arrays.asList(text.trim().split("[\\s,]+")) : List.of();
        List<GrantedAuthority> roles = names.stream().map(KNOWN::get).filter(Objects::nonNull).distinct().toList();
        return new JwtAuthenticationToken(jwt, roles);
    }

    private static GrantedAuthority authority(String role) {
        return new SimpleGrantedAuthority("ROLE_" + role);
    }
}
