package org.strategylifecycle.query.dashboard;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

/**
 * What the signed-in user may open, asked of the security rules themselves: a page offers a link or
 * subscribes to a stream only when the rules let this user have it, so the pages follow any change
 * of the rules (for example viewers being allowed the live streams) without a change here.
 */
@Component
public class Permissions {

    private final WebInvocationPrivilegeEvaluator rules;

    Permissions(WebInvocationPrivilegeEvaluator rules) {
        this.rules = rules;
    }

    public boolean mayRead(String path) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.isAuthenticated() && rules.isAllowed(path, user);
    }

    /** How a page showing {@code refresh} stays fresh: by the stream, by polling, or not at all (a fixed view). */
    public Live live(String stream, String refresh, boolean fixed) {
        if (fixed) {
            return Live.fixed();
        }
        return mayRead(stream) ? Live.streamed(stream, refresh) : Live.polled(refresh);
    }
}
