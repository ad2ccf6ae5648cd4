package org.strategylifecycle.command.strategy;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.strategy.AdoptStrategy;
import org.strategylifecycle.api.strategy.DraftStrategy;
import org.strategylifecycle.api.strategy.RetireStrategy;
import org.strategylifecycle.api.strategy.SupersedeStrategy;
import org.strategylifecycle.command.web.ChangeBody;
import org.strategylifecycle.command.web.ChangeRequest;
import org.strategylifecycle.command.web.CommandContext;
import org.strategylifecycle.command.web.Locations;

import java.time.LocalDate;

/** Drafts, adopts, supersedes and retires strategy editions. */
@RestController
@RequestMapping(path = "/api/strategies", consumes = MediaType.APPLICATION_JSON_VALUE)
class StrategyController {

    record DraftRequest(String strategyId, String lineId, String title, Organization organization, Period period,
                        Boolean referenced, LocalDate effectiveDate, String rationale, Citation source)
            implements ChangeRequest {
    }

    record SupersedeRequest(String supersededBy, LinkProvenance provenance,
                            LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping
    ResponseEntity<CommandAccepted> draft(@RequestBody DraftRequest body, CommandContext context) {
        String strategyId = context.idOr(body.strategyId());
        return context.create(body, Locations.newEdition(), change -> new DraftStrategy(strategyId, body.lineId(),
                body.title(), body.organization(), body.period(), Boolean.TRUE.equals(body.referenced()), change));
    }

    @PostMapping("/{strategyId}/adopt")
    ResponseEntity<CommandAccepted> adopt(@PathVariable String strategyId, @RequestBody ChangeBody body,
                                          CommandContext context) {
        return context.revise(body, change -> new AdoptStrategy(strategyId, context.expectedVersion(), change));
    }

    @PostMapping("/{strategyId}/supersede")
    ResponseEntity<CommandAccepted> supersede(@PathVariable String strategyId, @RequestBody SupersedeRequest body,
                                              CommandContext context) {
        return context.revise(body, change -> new SupersedeStrategy(strategyId, context.expectedVersion(),
                body.supersededBy(), body.provenance(), change));
    }

    @PostMapping("/{strategyId}/retire")
    ResponseEntity<CommandAccepted> retire(@PathVariable String strategyId, @RequestBody ChangeBody body,
                                           CommandContext context) {
        return context.revise(body, change -> new RetireStrategy(strategyId, context.expectedVersion(), change));
    }
}
