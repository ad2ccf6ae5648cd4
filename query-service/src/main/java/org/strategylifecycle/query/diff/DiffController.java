package org.strategylifecycle.query.diff;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** What changed between two editions, or in one edition between two dates; as JSON or as text. */
@RestController
class DiffController {

    private final Comparisons comparisons;

    DiffController(Comparisons comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping(value = "/api/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    DiffView editions(@RequestParam String from, @RequestParam String to,
                      @RequestParam(required = false) LocalDate fromAsOf, @RequestParam(required = false) LocalDate toAsOf) {
        return comparisons.editions(from, to, fromAsOf, toAsOf);
    }

    @GetMapping(value = "/api/diff", produces = MediaType.TEXT_PLAIN_VALUE)
    String editionsText(@RequestParam String from, @RequestParam String to,
                        @RequestParam(required = false) LocalDate fromAsOf, @RequestParam(required = false) LocalDate toAsOf) {
        return Differ.text(editions(from, to, fromAsOf, toAsOf));
    }

    @GetMapping(value = "/api/strategies/{strategyId}/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    DiffView dates(@PathVariable String strategyId, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return comparisons.dates(strategyId, from, to);
    }

    @GetMapping(value = "/api/strategies/{strategyId}/diff", produces = MediaType.TEXT_PLAIN_VALUE)
    String datesText(@PathVariable String strategyId, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return Differ.text(dates(strategyId, from, to));
    }
}
