package org.strategylifecycle.command.strategy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.strategylifecycle.command.web.ExampleBody;
import org.strategylifecycle.command.web.Locations;
import org.strategylifecycle.support.openapi.Refuses;

import java.time.LocalDate;

import static org.strategylifecycle.api.common.ErrorCode.EDITION_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.EDITION_SUPERSEDED;
import static org.strategylifecycle.api.common.ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_ID;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_PROVENANCE;
import static org.strategylifecycle.api.common.ErrorCode.LINE_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.NOT_IN_SAME_LINE;
import static org.strategylifecycle.api.common.ErrorCode.RATIONALE_REQUIRED;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_EXISTS;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_ADOPTED;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.SUPERSESSION_CYCLE;
import static org.strategylifecycle.api.common.ErrorCode.SUPERSESSION_NOT_LATER;

/** Drafts, adopts, supersedes and retires strategy editions. */
@Tag(name = "Editions", description = "Draft, adopt, supersede and retire strategy editions")
@RestController
@RequestMapping(path = "/api/strategies", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class StrategyController {

    record DraftStrategyRequest(String strategyId, String lineId, String title, Organization organization, Period period,
                        Boolean referenced, LocalDate effectiveDate, String rationale, Citation source)
            implements ChangeRequest {
    }

    record SupersedeStrategyRequest(String supersededBy, LinkProvenance provenance,
                            LocalDate effectiveDate, String rationale, Citation source) implements ChangeRequest {
    }

    @PostMapping
    @Operation(operationId = "draftStrategy", summary = "Draft an edition (DraftStrategy)", description = """
            Records a new edition as a DRAFT, in a strategy line if `lineId` names one. Without \
            `strategyId` the service makes a UUID. A `referenced` edition is one the corpus only quotes.""")
    @ApiResponse(responseCode = "201", description = "Drafted", useReturnTypeSchema = true)
    @Refuses({STRATEGY_EXISTS, LINE_NOT_FOUND, INVALID_ID})
    @ExampleBody("""
            {"strategyId": "example-agency-strategy-2025-2028", "lineId": "example-agency-strategy",
             "title": "Example Agency Strategy 2025–2028",
             "organization": {"code": "EXA", "name": "Example Agency", "parentCode": "DHS"},
             "period": {"label": "2025–2028", "fromYear": 2025, "toYear": 2028},
             "effectiveDate": "2025-01-06", "rationale": "Drafted from the strategy as published",
             "source": {"document": "Example Agency Strategy 2025–2028", "page": "1"}}""")
    ResponseEntity<CommandAccepted> draft(@RequestBody DraftStrategyRequest body, CommandContext context) {
        String strategyId = context.idOr(body.strategyId());
        return context.create(body, Locations.newEdition(), change -> new DraftStrategy(strategyId, body.lineId(),
                body.title(), body.organization(), body.period(), Boolean.TRUE.equals(body.referenced()), change));
    }

    @PostMapping("/{strategyId}/adopt")
    @Operation(operationId = "adoptStrategy", summary = "Adopt an edition (AdoptStrategy)", description = """
            Makes a DRAFT edition ADOPTED from the effective date on, and its PROPOSED elements with it. \
            Adopting an adopted edition changes nothing.""")
    @Refuses({STRATEGY_NOT_FOUND, EDITION_SUPERSEDED, EDITION_RETIRED, EFFECTIVE_DATE_BEFORE_PREVIOUS})
    @ExampleBody("""
            {"effectiveDate": "2025-03-03", "rationale": "Signed by the Commissioner",
             "source": {"document": "Example Agency Strategy 2025–2028", "page": "2"}}""")
    ResponseEntity<CommandAccepted> adopt(@PathVariable String strategyId, @RequestBody ChangeBody body,
                                          CommandContext context) {
        return context.revise(body, change -> new AdoptStrategy(strategyId, context.expectedVersion(), change));
    }

    @PostMapping("/{strategyId}/supersede")
    @Operation(operationId = "supersedeStrategy", summary = "Supersede an edition by a later one (SupersedeStrategy)",
            description = """
                    The ADOPTED edition in the path becomes SUPERSEDED by `supersededBy`, a later edition of \
                    the same line; from then on its elements take corrections only. The provenance says \
                    whether a document states the supersession (with its citation) or it is inferred.""")
    @Refuses({STRATEGY_NOT_FOUND, RATIONALE_REQUIRED, INVALID_ID, INVALID_PROVENANCE, EDITION_SUPERSEDED, EDITION_RETIRED,
            STRATEGY_NOT_ADOPTED, NOT_IN_SAME_LINE, SUPERSESSION_CYCLE, SUPERSESSION_NOT_LATER,
            EFFECTIVE_DATE_BEFORE_PREVIOUS})
    @ExampleBody("""
            {"supersededBy": "example-agency-strategy-2029-2032",
             "provenance": {"basis": "STATED", "citation": {"document": "Example Agency Strategy 2029–2032",
                            "section": "Foreword", "page": "1"}},
             "effectiveDate": "2029-01-02", "rationale": "The 2029–2032 strategy replaces this one",
             "source": {"document": "Example Agency Strategy 2029–2032", "section": "Foreword"}}""")
    ResponseEntity<CommandAccepted> supersede(@PathVariable String strategyId, @RequestBody SupersedeStrategyRequest body,
                                              CommandContext context) {
        return context.revise(body, change -> new SupersedeStrategy(strategyId, context.expectedVersion(),
                body.supersededBy(), body.provenance(), change));
    }

    @PostMapping("/{strategyId}/retire")
    @Operation(operationId = "retireStrategy", summary = "Retire an edition (RetireStrategy)", description = """
            Withdraws an edition (or records that it expired) from the effective date on; its elements \
            then take corrections only. Retiring a retired edition changes nothing.""")
    @Refuses({STRATEGY_NOT_FOUND, RATIONALE_REQUIRED, EDITION_SUPERSEDED, EFFECTIVE_DATE_BEFORE_PREVIOUS})
    @ExampleBody("""
            {"effectiveDate": "2026-06-30", "rationale": "Withdrawn: the draft was never adopted",
             "source": {"document": "Example Agency notice 2026-14"}}""")
    ResponseEntity<CommandAccepted> retire(@PathVariable String strategyId, @RequestBody ChangeBody body,
                                           CommandContext context) {
        return context.revise(body, change -> new RetireStrategy(strategyId, context.expectedVersion(), change));
    }
}
