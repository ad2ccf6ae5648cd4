package org.strategylifecycle.command.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import org.strategylifecycle.api.common.CommandAccepted;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Where created things are read: query-service's URL of the new edition, line or element, or of the
 * lists a new link appears in. Command-service has no reads of its own, so a Location on it would
 * answer 404; the paths are made absolute with query-service's public URL
 * ({@code strategy.public-url.query}, STRATEGY_QUERY_PUBLIC_URL).
 */
@Component
public final class Locations {

    private final String queryService;

    Locations(@Value("${strategy.public-url.query}") String queryService) {
        this.queryService = queryService.endsWith("/") ? queryService.substring(0, queryService.length() - 1) : queryService;
    }

    /** The absolute URL on query-service of {@code path} (which starts with a slash). */
    public URI readUrl(String path) {
        return URI.create(queryService + path);
    }

    public static String editionPath(String strategyId) {
        return "/api/strategies/" + segment(strategyId);
    }

    public static Function<CommandAccepted, String> newEdition() {
        return accepted -> editionPath(accepted.id());
    }

    public static Function<CommandAccepted, String> newLine() {
        return accepted -> "/api/lines/" + segment(accepted.id());
    }

    /**
     * A new element, by the id the answer names: a replayed answer (Idempotency-Key) names the element
     * the first request created, also when the service made its id.
     */
    static Function<CommandAccepted, String> newElement(String strategyId) {
        return accepted -> elementPath(strategyId, accepted.id());
    }

    /** An alignment is read among the alignments of the element it aligns. */
    public static Function<CommandAccepted, String> alignmentsOf(String strategyId, String elementId) {
        return accepted -> elementPath(strategyId, elementId) + "/alignments";
    }

    /** A lineage link is read in the lineage of its successor element. */
    public static Function<CommandAccepted, String> lineageOf(String strategyId, String elementId) {
        return accepted -> elementPath(strategyId, elementId) + "/lineage";
    }

    /** An annotation is read with what it annotates, in the reads of its edition. */
    public static Function<CommandAccepted, String> annotationOf(String strategyId) {
        return accepted -> editionPath(strategyId);
    }

    private static String elementPath(String strategyId, String elementId) {
        return editionPath(strategyId) + "/elements/" + segment(elementId);
    }

    /** The id encoded as one path segment; ids are plain ASCII, so this is cheap (no URI template per answer). */
    private static String segment(String id) {
        return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }
}
