package org.strategylifecycle.command.alignment;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.alignment.AlignObjective;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.alignment.RemoveAlignment;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.command.web.ChangeBody;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.Locations;

import java.time.LocalDate;

/** Aligns an edition's elements to what they support, and removes alignments that no longer hold. */
@RestController
@RequestMapping(path = "/api/strategies/{strategyId}/alignments", consumes = MediaType.APPLICATION_JSON_VALUE)
class AlignmentController {

    record AlignRequest(String alignmentId, String elementId, AlignmentTarget target, LinkProvenance provenance,
                        LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping
    ResponseEntity<CommandAccepted> align(@PathVariable String strategyId, @RequestBody AlignRequest body,
                                          CommandContext context) {
        String alignmentId = context.idOr(body.alignmentId());
        return context.create(body, Locations.edition(strategyId), change -> new AlignObjective(strategyId,
                context.expectedVersion(), alignmentId, body.elementId(), body.target(), body.provenance(), change));
    }

    @PostMapping("/{alignmentId}/remove")
    ResponseEntity<CommandAccepted> remove(@PathVariable String strategyId, @PathVariable String alignmentId,
                                           @RequestBody ChangeBody body, CommandContext context) {
        return context.revise(body, change -> new RemoveAlignment(strategyId, context.expectedVersion(), alignmentId, change));
    }
}
