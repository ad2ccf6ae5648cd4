package org.strategylifecycle.query.history;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;

import java.time.LocalDate;
import java.util.List;

/**
 * Who changed what, when and why: per edition, per element, per actor, per effective period; and
 * the activity feed. Both are walked a page at a time by an opaque cursor: the {@code next} link
 * (also sent as {@code Link: <…>; rel="next"}) repeats the query with the cursor of the page's
 * last change.
 */
@RestController
class HistoryController {

    private static final int MAX_PAGE_SIZE = 500;

    private final HistoryReader reader;

    HistoryController(HistoryReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/strategies/{strategyId}/history")
    ResponseEntity<HistoryPage> editionHistory(@PathVariable String strategyId,
                                               @RequestParam(required = false) String elementId,
                                               @RequestParam(required = false) String actor,
                                               @RequestParam(required = false) LocalDate from,
                                               @RequestParam(required = false) LocalDate to,
                                               @RequestParam(required = false) String cursor,
                                               @RequestParam(defaultValue = "100") int size,
                                               HttpServletRequest request) {
        return page(new HistoryReader.Filter(strategyId, elementId, actor, from, to), cursor, size, request);
    }

    @GetMapping("/api/history")
    ResponseEntity<HistoryPage> history(@RequestParam(required = false) String actor,
                                        @RequestParam(required = false) LocalDate from,
                                        @RequestParam(required = false) LocalDate to,
                                        @RequestParam(required = false) String cursor,
                                        @RequestParam(defaultValue = "100") int size,
                                        HttpServletRequest request) {
        return page(new HistoryReader.Filter(null, null, actor, from, to), cursor, size, request);
    }

    /** The activity feed for dashboards: the latest changes across all strategies, newest first. */
    @GetMapping("/api/activity")
    ResponseEntity<List<ChangeView>> activity(@RequestParam(required = false) String cursor,
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
