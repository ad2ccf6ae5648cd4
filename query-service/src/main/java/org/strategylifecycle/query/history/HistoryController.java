package org.strategylifecycle.query.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.query.edition.EditionReader;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.LocalDate;
import java.util.List;

import static org.strategylifecycle.api.common.ErrorCode.FORBIDDEN;

/**
 * Who changed what, when and why: per edition, per element, per actor, per effective period; and
 * the activity feed. Both are walked a page at a time by an opaque cursor: the {@code next} link
 * (also sent as {@code Link: <…>; rel="next"}) repeats the query with the cursor of the page's
 * last change.
 */
@Tag(name = "History", description = "Who changed what, when and why (auditors and admins)")
@RestController
class HistoryController {

    private static final int MAX_PAGE_SIZE = 500;
    private static final String CURSOR = "Opaque: taken from a previous page's `next` link, never built by hand";

    private final HistoryReader reader;
    private final EditionReader editions;

    HistoryController(HistoryReader reader, EditionReader editions) {
        this.reader = reader;
        this.editions = editions;
    }

    @GetMapping(path = "/api/strategies/{strategyId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getEditionHistory", summary = "The revision history of an edition or one of its elements",
            description = """
                    Every recorded change of the edition (or of `elementId`: its id or its external identifier), \
                    by `actor` or in an effective \
                    period (`from`, `to`), in recording order: revision or correction, effective date, \
                    recorded time, actor, rationale, source, and the values before and after. A page at a \
                    time: follow `next` (also sent as `Link: <…>; rel="next"`) until there is none.""")
    @Refuses(FORBIDDEN)
    ResponseEntity<HistoryPage> editionHistory(@PathVariable String strategyId,
                                               @RequestParam(required = false) String elementId,
                                               @RequestParam(required = false) String actor,
                                               @RequestParam(required = false) LocalDate from,
                                               @RequestParam(required = false) LocalDate to,
                                               @Parameter(description = CURSOR) @RequestParam(required = false) String cursor,
                                               @RequestParam(defaultValue = "100") int size,
                                               HttpServletRequest request) {
        String id = elementId == null ? null : editions.resolve(strategyId, elementId);
        return page(new HistoryReader.Filter(strategyId, id, actor, from, to), cursor, size, request);
    }

    @GetMapping(path = "/api/history", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getHistory", summary = "The revision history of all editions",
            description = """
                    Every recorded change, by `actor` or in an effective period (`from`, `to`), in recording \
                    order. A page at a time: follow `next` (also sent as `Link: <…>; rel="next"`).""")
    @Refuses(FORBIDDEN)
    ResponseEntity<HistoryPage> history(@RequestParam(required = false) String actor,
                                        @RequestParam(required = false) LocalDate from,
                                        @RequestParam(required = false) LocalDate to,
                                        @Parameter(description = CURSOR) @RequestParam(required = false) String cursor,
                                        @RequestParam(defaultValue = "100") int size,
                                        HttpServletRequest request) {
        return page(new HistoryReader.Filter(null, null, actor, from, to), cursor, size, request);
    }

    /** The activity feed for dashboards: the latest changes across all strategies, newest first. */
    @GetMapping(path = "/api/activity", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getActivity", summary = "The latest changes across all editions (activity feed)",
            description = "Newest first. While older changes remain, `Link: <…>; rel=\"next\"` names the next page.")
    @Refuses(FORBIDDEN)
    ResponseEntity<List<ChangeView>> activity(@Parameter(description = CURSOR) @RequestParam(required = false) String cursor,
                                              @RequestParam(defaultValue = "50") int limit,
                                              HttpServletRequest request) {
        HistoryReader.Slice slice = reader.latest(
                cursor == null ? null : HistoryCursor.decode(cursor, HistoryCursor.Direction.BACKWARD), checked("limit", limit));
        return withNext(slice, request).body(slice.changes());
    }

    private ResponseEntity<HistoryPage> page(HistoryReader.Filter filter, String cursor, int size, HttpServletRequest request) {
        HistoryReader.Slice slice = reader.page(filter,
                cursor == null ? null : HistoryCursor.decode(cursor, HistoryCursor.Direction.FORWARD), checked("size", size));
        String next = slice.next() == null ? null : nextLink(request, slice.next());
        return withNext(slice, request)
                .body(new HistoryPage(size, next != null, slice.position(), next, slice.changes()));
    }

    private static ResponseEntity.BodyBuilder withNext(HistoryReader.Slice slice, HttpServletRequest request) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (slice.next() != null) {
            response.header(HttpHeaders.LINK, "<" + nextLink(request, slice.next()) + ">; rel=\"next\"");
        }
        return response;
    }

    /** The same request with the cursor replaced: a path relative to this service, filters kept. */
    private static String nextLink(HttpServletRequest request, HistoryCursor next) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("cursor", next.encode()).build().toUriString();
    }

    private static int checked(String name, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new StrategyException(ErrorCode.INVALID_VALUE, name + " must be 1.." + MAX_PAGE_SIZE);
        }
        return size;
    }
}
