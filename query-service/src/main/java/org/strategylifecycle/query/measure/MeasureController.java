package org.strategylifecycle.query.measure;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.query.edition.EditionReader;

import java.util.List;

/** Measures of an edition with their targets and actuals per period, restatements included. */
@RestController
class MeasureController {

    private final MeasureReader measures;
    private final EditionReader editions;

    MeasureController(MeasureReader measures, EditionReader editions) {
        this.measures = measures;
        this.editions = editions;
    }

    @GetMapping("/api/strategies/{strategyId}/measures")
    List<MeasureView> measures(@PathVariable String strategyId) {
        editions.require(strategyId);
        return measures.measures(strategyId);
    }
}
