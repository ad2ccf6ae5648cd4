package org.strategylifecycle.query.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.LocalDate;
import java.util.List;

import static org.strategylifecycle.api.common.ErrorCode.FORBIDDEN;

/** Who changed what, when and why: per edition, per element, per actor, per effective period; paged. */
@Tag(name = "History", description = "Who changed what, when and why (auditors and admins)")
@RestController
class HistoryController {

    private static final int MAX_PAGE_SIZE = 500;

    private final HistoryReader reader;

    HistoryController(HistoryReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/strategies/{strategyId}/history")
    @Operation(operationId = "getEditionHistory", summary = "The revision history of an edition or one of its elements",
            description = """
                    Every recorded change of the edition (or of `elementId`), by `actor` or in an effective \
                    period (`from`, `to`), in recording order: revision or correction, effective date, \
                    recorded time, actor, rationale, source, and the values before and after.""")
    @Refuses(FORBIDDEN)
    HistoryPage editionHistory(@PathVariable String strategyId,
                               @RequestParam(required = false) String elementId,
                               @RequestParam(required = false) String actor,
                               @RequestParam(required = false) LocalDate from,
                               @RequestParam(required = false) LocalDate to,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "100") int size) {
        return reader.page(new HistoryReader.Filter(strategyId, elementId, actor, from, to), page, checked(page, size));
    }

    @GetMapping("/api/history")
    @Operation(operationId = "getHistory", summary = "The revision history of all editions",
            description = "Every recorded change, by `actor` or in an effective period (`from`, `to`), in recording order.")
    @Refuses(FORBIDDEN)
    HistoryPage history(@RequestParam(required = false) String actor,
                        @RequestParam(required = false) LocalDate from,
                        @RequestParam(required = false) LocalDate to,
                        @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "100") int size) {
        return reader.page(new HistoryReader.Filter(null, null, actor, from, to), page, checked(page, size));
    }

    /** The activity feed for dashboards: the latest changes across all strategies. */
    @GetMapping("/api/activity")
    @Operation(operationId = "getActivity", summary = "The latest changes across all editions (activity feed)")
    @Refuses(FORBIDDEN)
    List<ChangeView> activity(@RequestParam(defaultValue = "50") int limit) {
        return reader.latest(checked(0, limit));
    }

    private static int checked(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new StrategyException(ErrorCode.INVALID_VALUE, "page must be >= 0 and size 1.." + MAX_PAGE_SIZE);
        }
        return size;
    }
}
