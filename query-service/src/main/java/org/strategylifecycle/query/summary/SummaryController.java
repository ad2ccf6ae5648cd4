package org.strategylifecycle.query.summary;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.query.edition.EditionReader;

import java.time.Instant;
import java.time.LocalDate;

/** An edition's summary, with the same time parameters as the edition itself. */
@RestController
class SummaryController {

    private final EditionReader editions;

    SummaryController(EditionReader editions) {
        this.editions = editions;
    }

    @GetMapping("/api/strategies/{strategyId}/summary")
    EditionSummaryView summary(@PathVariable String strategyId,
                               @RequestParam(required = false) LocalDate asOf,
                               @RequestParam(required = false) Instant knownAt) {
        return EditionSummaries.of(editions.at(editions.require(strategyId), asOf, knownAt));
    }
}
