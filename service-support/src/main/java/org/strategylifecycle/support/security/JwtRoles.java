package org.strategylifecycle.support.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Reads the roles of a JWT from a configurable claim: a list, or a string of names separated by spaces or commas. */
class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String claim;

    JwtRoles(String claim) {
        this.claim = claim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Object value = jwt.getClaims().get(claim);
        List<String> names = value instanceof Collection<?> list ? list.stream().map(String::valueOf).toList()
                : value instanceof String text ? Arrays.asList(text.trim().split("[\\s,]+")) : List.of();
        List<GrantedAuthority> roles = names.stream().filter(n -> !n.isBlank())
                .map(n -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + n.toUpperCase(Locale.ROOT)))
                .toList();
        return new JwtAuthenticationToken(jwt, roles);
    }
}
