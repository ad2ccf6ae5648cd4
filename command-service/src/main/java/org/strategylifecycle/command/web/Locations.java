package org.strategylifecycle.command.web;

import org.springframework.web.util.UriComponentsBuilder;
import org.strategylifecycle.api.common.CommandAccepted;

import java.net.URI;
import java.util.function.Function;

/** Where created things live: the edition a new element belongs to, or the new edition or line itself. */
public final class Locations {

    private Locations() {
    }

    public static Function<CommandAccepted, URI> edition(String strategyId) {
        return accepted -> uri("/api/strategies/{id}", strategyId);
    }

    public static Function<CommandAccepted, URI> newEdition() {
        return accepted -> uri("/api/strategies/{id}", accepted.id());
    }

    public static Function<CommandAccepted, URI> newLine() {
        return accepted -> uri("/api/lines/{id}", accepted.id());
    }

    private static URI uri(String template, String id) {
        return UriComponentsBuilder.fromPath(template).buildAndExpand(id).encode().toUri();
    }
}
