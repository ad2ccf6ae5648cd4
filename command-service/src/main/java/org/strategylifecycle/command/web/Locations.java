package org.strategylifecycle.command.web;

import org.springframework.web.util.UriUtils;
import org.strategylifecycle.api.common.CommandAccepted;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** Where created things live: the edition a new element belongs to, or the new edition or line itself. */
public final class Locations {

    private Locations() {
    }

    public static Function<CommandAccepted, URI> edition(String strategyId) {
        return accepted -> uri("/api/strategies/", strategyId);
    }

    public static Function<CommandAccepted, URI> newEdition() {
        return accepted -> uri("/api/strategies/", accepted.id());
    }

    public static Function<CommandAccepted, URI> newLine() {
        return accepted -> uri("/api/lines/", accepted.id());
    }

    /** The id encoded as one path segment; ids are plain ASCII, so this is cheap (no URI template per answer). */
    private static URI uri(String prefix, String id) {
        return URI.create(prefix + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8));
    }
}
