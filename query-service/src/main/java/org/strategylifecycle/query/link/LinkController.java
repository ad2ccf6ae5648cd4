package org.strategylifecycle.query.link;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.query.edition.EditionReader;
import org.strategylifecycle.support.openapi.Refuses;

import java.util.List;
import java.util.Optional;

import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.LINE_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;

/**
 * How plans relate: the editions of a line with their supersessions, the alignment crosswalk of an
 * edition or element in both directions, and the lineage of an element across editions. Every link
 * says whether a document states it (with its citation) or it is inferred (with its basis).
 */
@Tag(name = "Lines and links", description = "Strategy lines, alignments (the crosswalk) and lineage")
@RestController
class LinkController {

    private final LinkReader links;
    private final EditionReader editions;

    LinkController(LinkReader links, EditionReader editions) {
        this.links = links;
        this.editions = editions;
    }

    /** Every strategy line with its editions in order and its supersessions. */
    @GetMapping(path = "/api/lines", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getLines", summary = "Every strategy line with its editions and supersessions")
    List<LineView> lines() {
        return links.lines(editions.strategies());
    }

    @GetMapping(path = "/api/lines/{lineId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getLine", summary = "A strategy line: its editions and supersessions")
    @Refuses(LINE_NOT_FOUND)
    LineView line(@PathVariable String lineId) {
        return links.line(lineId, editions.strategies())
                .orElseThrow(() -> new StrategyException(ErrorCode.LINE_NOT_FOUND, "no strategy line " + lineId));
    }

    /** Alignments from and to an edition; links with a draft edition at either end only with {@code includeDrafts=true}. */
    @GetMapping(path = "/api/strategies/{strategyId}/alignments", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getEditionAlignments", summary = "The alignments of an edition, both directions",
            description = "What the edition's elements support and what supports them, each with its provenance.")
    @Refuses(STRATEGY_NOT_FOUND)
    List<AlignmentView> editionAlignments(@PathVariable String strategyId,
                                          @Parameter(description = "Also links to and from draft editions (default: adopted and later only)") @RequestParam(defaultValue = "false") boolean includeDrafts) {
        editions.require(strategyId);
        return links.alignments(strategyId, null, includeDrafts);
    }

    @GetMapping(path = "/api/strategies/{strategyId}/elements/{elementId}/alignments", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getElementAlignments", summary = "The alignments of an element, both directions")
    @Refuses({STRATEGY_NOT_FOUND, ELEMENT_NOT_FOUND})
    List<AlignmentView> elementAlignments(@PathVariable String strategyId, @PathVariable String elementId,
                                          @Parameter(description = "Also links to and from draft editions (default: adopted and later only)") @RequestParam(defaultValue = "false") boolean includeDrafts) {
        return links.alignments(strategyId, requireElement(strategyId, elementId), includeDrafts);
    }

    @GetMapping(path = "/api/strategies/{strategyId}/elements/{elementId}/lineage", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getElementLineage", summary = "The lineage of an element across editions",
            description = "The element's predecessors and successors in other editions, each with its provenance.")
    @Refuses({STRATEGY_NOT_FOUND, ELEMENT_NOT_FOUND})
    List<LineageEdgeView> lineage(@PathVariable String strategyId, @PathVariable String elementId,
                                  @Parameter(description = "Also links to and from draft editions (default: adopted and later only)") @RequestParam(defaultValue = "false") boolean includeDrafts) {
        return links.lineage(strategyId, requireElement(strategyId, elementId), includeDrafts);
    }

    /** The id of the element {@code elementId} names (its own or its external id), or STRATEGY_NOT_FOUND, ELEMENT_NOT_FOUND. */
    private String requireElement(String strategyId, String elementId) {
        Optional<String> id = editions.element(strategyId, elementId);
        editions.require(strategyId);
        return id.orElseThrow(() -> new StrategyException(ErrorCode.ELEMENT_NOT_FOUND,
                "edition " + strategyId + " has no element " + elementId));
    }
}
