package org.strategylifecycle.query.diff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.LocalDate;

import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;

/** What changed between two editions, or in one edition between two dates; as JSON or as text. */
@Tag(name = "Diffs", description = "What changed between two editions, or in one edition between two dates")
@RestController
class DiffController {

    private static final String DIFF_EDITIONS = """
            Elements paired by lineage link first, then by title, text, id or number where the wording is \
            alike; each change says how they were paired and what changed (ADDED, REMOVED, REWORDED, \
            RENUMBERED, MOVED, RETIRED). As JSON, or as text for people (Accept: text/plain).""";
    private static final String DIFF_DATES = """
            The edition as of `from` against itself as of `to`. As JSON, or as text for people \
            (Accept: text/plain).""";

    private final Comparisons comparisons;

    DiffController(Comparisons comparisons) {
        this.comparisons = comparisons;
    }

    /**
     * Two editions. {@code kind}, {@code type} and {@code sharesNoWordWith} keep only some entries:
     * {@code kind=REMOVED&type=INITIATIVE&sharesNoWordWith=OBJECTIVE} answers "which removed initiatives
     * share no title word with any objective of the newer edition".
     */
    @GetMapping(value = "/api/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "diffEditions", summary = "What changed between two editions", description = DIFF_EDITIONS)
    @Refuses(STRATEGY_NOT_FOUND)
    DiffView editions(@Parameter(description = "The earlier edition's id") @RequestParam String from,
                      @Parameter(description = "The later edition's id") @RequestParam String to,
                      @Parameter(description = "The earlier edition as of this effective date (default: now)")
                      @RequestParam(required = false) LocalDate fromAsOf,
                      @Parameter(description = "The later edition as of this effective date (default: now)")
                      @RequestParam(required = false) LocalDate toAsOf,
                      @Parameter(description = "Only changes of this kind") @RequestParam(required = false) DiffView.Kind kind,
                      @Parameter(description = "Only elements of this type") @RequestParam(required = false) ElementType type,
                      @Parameter(description = "Only entries whose title shares no word with any element of this type in the newer edition")
                      @RequestParam(required = false) ElementType sharesNoWordWith) {
        return comparisons.editions(from, to, fromAsOf, toAsOf, new DiffFilter(kind, type, sharesNoWordWith));
    }

    @GetMapping(value = "/api/diff", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(operationId = "diffEditions", summary = "What changed between two editions", description = DIFF_EDITIONS)
    @Refuses(STRATEGY_NOT_FOUND)
    String editionsText(@RequestParam String from, @RequestParam String to,
                        @RequestParam(required = false) LocalDate fromAsOf, @RequestParam(required = false) LocalDate toAsOf,
                        @RequestParam(required = false) DiffView.Kind kind, @RequestParam(required = false) ElementType type,
                        @RequestParam(required = false) ElementType sharesNoWordWith) {
        return Differ.text(editions(from, to, fromAsOf, toAsOf, kind, type, sharesNoWordWith));
    }

    @GetMapping(value = "/api/strategies/{strategyId}/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "diffDates", summary = "What changed in an edition between two dates", description = DIFF_DATES)
    @Refuses(STRATEGY_NOT_FOUND)
    DiffView dates(@PathVariable String strategyId,
                   @Parameter(description = "The earlier effective date") @RequestParam LocalDate from,
                   @Parameter(description = "The later effective date") @RequestParam LocalDate to,
                   @Parameter(description = "Only changes of this kind") @RequestParam(required = false) DiffView.Kind kind,
                   @Parameter(description = "Only elements of this type") @RequestParam(required = false) ElementType type,
                   @Parameter(description = "Only entries whose title shares no word with any element of this type in the newer edition")
                   @RequestParam(required = false) ElementType sharesNoWordWith) {
        return comparisons.dates(strategyId, from, to, new DiffFilter(kind, type, sharesNoWordWith));
    }

    @GetMapping(value = "/api/strategies/{strategyId}/diff", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(operationId = "diffDates", summary = "What changed in an edition between two dates", description = DIFF_DATES)
    @Refuses(STRATEGY_NOT_FOUND)
    String datesText(@PathVariable String strategyId, @RequestParam LocalDate from, @RequestParam LocalDate to,
                     @RequestParam(required = false) DiffView.Kind kind, @RequestParam(required = false) ElementType type,
                     @RequestParam(required = false) ElementType sharesNoWordWith) {
        return Differ.text(dates(strategyId, from, to, kind, type, sharesNoWordWith));
    }
}
