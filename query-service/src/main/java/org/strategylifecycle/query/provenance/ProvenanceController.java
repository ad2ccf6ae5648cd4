package org.strategylifecycle.query.provenance;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.query.edition.EditionReader;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Where each element's wording comes from, with the same time parameters as the edition. */
@RestController
class ProvenanceController {

    private final ProvenanceReader provenance;
    private final EditionReader editions;

    ProvenanceController(ProvenanceReader provenance, EditionReader editions) {
        this.provenance = provenance;
        this.editions = editions;
    }

    @GetMapping("/api/strategies/{strategyId}/provenance")
    List<ProvenanceView> provenance(@PathVariable String strategyId,
                                    @RequestParam(required = false) LocalDate asOf,
                                    @RequestParam(required = false) Instant knownAt) {
        editions.at(editions.require(strategyId), asOf, knownAt);
        return List.copyOf(provenance.provenance(strategyId, asOf, knownAt).values());
    }
}
