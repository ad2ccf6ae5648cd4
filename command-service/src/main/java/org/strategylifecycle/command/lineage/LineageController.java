package org.strategylifecycle.command.lineage;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.lineage.LineageRelation;
import org.strategylifecycle.api.lineage.LinkLineage;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.Locations;

import java.time.LocalDate;

/** Links an element of an edition to its predecessor in an earlier edition. */
@RestController
@RequestMapping(path = "/api/strategies/{strategyId}/lineage", consumes = MediaType.APPLICATION_JSON_VALUE)
class LineageController {

    record LinkRequest(String lineageId, String elementId, ElementRef predecessor, LineageRelation relation,
                       LinkProvenance provenance, LocalDate effectiveDate, String rationale, Citation source)
            implements ChangeRequest {
    }

    @PostMapping
    ResponseEntity<CommandAccepted> link(@PathVariable String strategyId, @RequestBody LinkRequest body,
                                         CommandContext context) {
        String lineageId = context.idOr(body.lineageId());
        return context.create(body, Locations.edition(strategyId), change -> new LinkLineage(strategyId,
                context.expectedVersion(), lineageId, body.elementId(), body.predecessor(), body.relation(),
                body.provenance(), change));
    }
}
