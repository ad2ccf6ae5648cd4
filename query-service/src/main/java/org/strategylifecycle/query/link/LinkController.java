package org.strategylifecycle.query.link;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.query.edition.EditionReader;

import java.util.List;

/**
 * How plans relate: the editions of a line with their supersessions, the alignment crosswalk of an
 * edition or element in both directions, and the lineage of an element across editions. Every link
 * says whether a document states it (with its citation) or it is inferred (with its basis).
 */
@RestController
class LinkController {

    private final LinkReader links;
    private final EditionReader editions;

    LinkController(LinkReader links, EditionReader editions) {
        this.links = links;
        this.editions = editions;
    }

    /** Every strategy line with its editions in order and its supersessions. */
    @GetMapping("/api/lines")
    List<LineView> lines() {
        return links.lines(editions.strategies());
    }

    @GetMapping("/api/lines/{lineId}")
    LineView line(@PathVariable String lineId) {
        return links.line(lineId, editions.strategies())
                .orElseThrow(() -> new StrategyException(ErrorCode.LINE_NOT_FOUND, "no strategy line " + lineId));
    }

    /** Alignments from and to an edition; links with a draft edition at either end only with {@code includeDrafts=true}. */
    @GetMapping("/api/strategies/{strategyId}/alignments")
    List<AlignmentView> editionAlignments(@PathVariable String strategyId,
                                          @RequestParam(defaultValue = "false") boolean includeDrafts) {
        editions.require(strategyId);
        return links.alignments(strategyId, null, includeDrafts);
    }

    @GetMapping("/api/strategies/{strategyId}/elements/{elementId}/alignments")
    List<AlignmentView> elementAlignments(@PathVariable String strategyId, @PathVariable String elementId,
                                          @RequestParam(defaultValue = "false") boolean includeDrafts) {
        requireElement(strategyId, elementId);
        return links.alignments(strategyId, elementId, includeDrafts);
    }

    @GetMapping("/api/strategies/{strategyId}/elements/{elementId}/lineage")
    List<LineageEdgeView> lineage(@PathVariable String strategyId, @PathVariable String elementId,
                                  @RequestParam(defaultValue = "false") boolean includeDrafts) {
        requireElement(strategyId, elementId);
        return links.lineage(strategyId, elementId, includeDrafts);
    }

    private void requireElement(String strategyId, String elementId) {
        editions.require(strategyId);
        if (!links.elementExists(strategyId, elementId)) {
            throw new StrategyException(ErrorCode.ELEMENT_NOT_FOUND, "edition " + strategyId + " has no element " + elementId);
        }
    }
}
