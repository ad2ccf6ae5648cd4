package org.strategylifecycle.query.edition;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Current plans for dashboards; any edition as of a date, as known at a time, for auditors. */
@RestController
@RequestMapping("/api/strategies")
class EditionController {

    private final EditionReader reader;
    private final Freshness freshness;

    EditionController(EditionReader reader, Freshness freshness) {
        this.reader = reader;
        this.freshness = freshness;
    }

    @GetMapping
    List<StrategySummaryView> strategies() {
        return reader.strategies();
    }

    /**
     * The edition now; with {@code asOf} (effective date) as it stood that day; with {@code knownAt}
     * (recorded time) as the service had recorded it then; both together for "what did the service
     * say, at T, that the plan said on D". With {@code minVersion} (the version a command returned)
     * it first waits, bounded, until the read model has caught up with that write.
     */
    @GetMapping("/{strategyId}")
    EditionView edition(@PathVariable String strategyId,
                        @RequestParam(required = false) LocalDate asOf,
                        @RequestParam(required = false) Instant knownAt,
                        @RequestParam(required = false) Long minVersion) throws InterruptedException {
        return reader.at(freshness.await(strategyId, minVersion), asOf, knownAt);
    }
}
