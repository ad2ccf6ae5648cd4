package org.strategylifecycle.query.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.stream.Collectors;

/** Who the page is for: name, roles in words, and whether a session (the login form) can be signed out of. */
public record SignedIn(String name, String roles, boolean session) {

    static SignedIn current(HttpServletRequest request) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return null;
        }
        String roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()).toLowerCase())
                .sorted().collect(Collectors.joining(", "));
        return new SignedIn(user.getName(), roles, request.getSession(false) != null);
    }
}
