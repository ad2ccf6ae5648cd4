package org.strategylifecycle.query.diff;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.ElementType;

import java.time.LocalDate;

/** What changed between two editions, or in one edition between two dates; as JSON or as text. */
@RestController
class DiffController {

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
    DiffView editions(@RequestParam String from, @RequestParam String to,
                      @RequestParam(required = false) LocalDate fromAsOf, @RequestParam(required = false) LocalDate toAsOf,
                      @RequestParam(required = false) DiffView.Kind kind, @RequestParam(required = false) ElementType type,
                      @RequestParam(required = false) ElementType sharesNoWordWith) {
        return comparisons.editions(from, to, fromAsOf, toAsOf, new DiffFilter(kind, type, sharesNoWordWith));
    }

    @GetMapping(value = "/api/diff", produces = MediaType.TEXT_PLAIN_VALUE)
    String editionsText(@RequestParam String from, @RequestParam String to,
                        @RequestParam(required = false) LocalDate fromAsOf, @RequestParam(required = false) LocalDate toAsOf,
                        @RequestParam(required = false) DiffView.Kind kind, @RequestParam(required = false) ElementType type,
                        @RequestParam(required = false) ElementType sharesNoWordWith) {
        return Differ.text(editions(from, to, fromAsOf, toAsOf, kind, type, sharesNoWordWith));
    }

    @GetMapping(value = "/api/strategies/{strategyId}/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    DiffView dates(@PathVariable String strategyId, @RequestParam LocalDate from, @RequestParam LocalDate to,
                   @RequestParam(required = false) DiffView.Kind kind, @RequestParam(required = false) ElementType type,
                   @RequestParam(required = false) ElementType sharesNoWordWith) {
        return comparisons.dates(strategyId, from, to, new DiffFilter(kind, type, sharesNoWordWith));
    }

    @GetMapping(value = "/api/strategies/{strategyId}/diff", produces = MediaType.TEXT_PLAIN_VALUE)
    String datesText(@PathVariable String strategyId, @RequestParam LocalDate from, @RequestParam LocalDate to,
                     @RequestParam(required = false) DiffView.Kind kind, @RequestParam(required = false) ElementType type,
                     @RequestParam(required = false) ElementType sharesNoWordWith) {
        return Differ.text(dates(strategyId, from, to, kind, type, sharesNoWordWith));
    }
}
