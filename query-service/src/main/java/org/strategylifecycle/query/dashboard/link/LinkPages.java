package org.strategylifecycle.query.dashboard.link;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.query.dashboard.DashboardReads;
import org.strategylifecycle.query.dashboard.Labels;
import org.strategylifecycle.query.dashboard.Live;
import org.strategylifecycle.query.dashboard.Permissions;
import org.strategylifecycle.query.dashboard.plan.AnnotationItem;
import org.strategylifecycle.query.edition.StrategySummaryView;
import org.strategylifecycle.query.link.AlignmentView;
import org.strategylifecycle.query.link.LineageEdgeView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How plans relate: an edition's alignment crosswalk as a matrix in both directions (what its
 * elements support, what supports them), and an element's lineage across editions as a graph; every
 * link marked stated (with its citation) or inferred (with its basis).
 */
@Controller
class LinkPages {

    private final DashboardReads reads;
    private final Permissions permissions;

    LinkPages(DashboardReads reads, Permissions permissions) {
        this.reads = reads;
        this.permissions = permissions;
    }

    /** An alignment as the list shows it; {@code editions} names the ends whose edition is not adopted (a draft, a superseded plan). */
    public record Link(AlignmentView alignment, String from, String to, String detail, String editions,
                       List<AnnotationItem> notes) {
    }

    public record LineageLink(LineageEdgeView edge, String successor, String predecessor, String detail,
                              String successorUrl, String predecessorUrl, String editions, List<AnnotationItem> notes) {
    }

    @GetMapping("/editions/{strategyId}/alignments")
    String alignments(@PathVariable String strategyId, @RequestParam(defaultValue = "false") boolean includeDrafts,
                      Model model) {
        long position = reads.position();
        StrategySummaryView edition = reads.edition(strategyId);
        Map<String, StrategySummaryView> editions = byId();
        Function<String, String> title = id -> editions.containsKey(id) ? editions.get(id).title() : id;
        List<AlignmentView> alignments = reads.alignments(strategyId, includeDrafts);
        List<AlignmentView> supports = alignments.stream().filter(a -> "SUPPORTS".equals(a.direction())).toList();
        List<AlignmentView> supportedBy = alignments.stream().filter(a -> !"SUPPORTS".equals(a.direction())).toList();
        model.addAttribute("edition", edition);
        model.addAttribute("supports", AlignmentMatrix.of(supports, title));
        model.addAttribute("supportedBy", AlignmentMatrix.of(supportedBy, title));
        model.addAttribute("includeDrafts", includeDrafts);
        model.addAttribute("links", alignments.stream().map(a -> new Link(a,
                title.apply(a.fromStrategyId()) + " " + Labels.numbered(numbered(a.fromFullNumber(), a.fromNumber()), a.fromTitle()),
                a.toElementId() != null ? title.apply(a.toStrategyId()) + " "
                        + Labels.numbered(numbered(a.toFullNumber(), a.toNumber()), a.toTitle())
                        : a.document() + " " + Labels.numbered(a.number(), a.text()),
                "STATED".equals(a.basis()) ? Labels.citation(a.citation()) : a.inferredFrom(),
                editions(a.fromEditionStatus(), a.toEditionStatus()), AnnotationItem.of(a.annotations()))).toList());
        Live.show(model, permissions.live("/api/activity/stream", "/editions/" + strategyId + "/alignments", false), position);
        return "alignments";
    }

    @GetMapping("/editions/{strategyId}/elements/{elementId}/lineage")
    String lineage(@PathVariable String strategyId, @PathVariable String elementId,
                   @RequestParam(defaultValue = "false") boolean includeDrafts, Model model) {
        long position = reads.position();
        StrategySummaryView edition = reads.edition(strategyId);
        if (!reads.elementExists(strategyId, elementId)) {
            throw new StrategyException(ErrorCode.ELEMENT_NOT_FOUND, "edition " + strategyId + " has no element " + elementId);
        }
        Map<String, StrategySummaryView> editions = byId();
        Function<String, String> title = id -> editions.containsKey(id) ? editions.get(id).title() : id;
        List<LineageEdgeView> edges = reads.lineage(strategyId, elementId, includeDrafts);
        model.addAttribute("includeDrafts", includeDrafts);
        model.addAttribute("edition", edition);
        model.addAttribute("elementId", elementId);
        model.addAttribute("elementTitle", edges.stream()
                .map(e -> strategyId.equals(e.strategyId()) && elementId.equals(e.elementId()) ? e.title()
                        : strategyId.equals(e.predecessorStrategyId()) && elementId.equals(e.predecessorElementId())
                        ? e.predecessorTitle() : null)
                .filter(t -> t != null).findFirst().orElse(elementId));
        model.addAttribute("graph", edges.isEmpty() ? null : LineageGraph.of(strategyId, elementId, edges, editions));
        model.addAttribute("links", edges.stream().map(e -> new LineageLink(e,
                title.apply(e.strategyId()) + ": " + (e.title() == null ? e.elementId() : e.title()),
                title.apply(e.predecessorStrategyId()) + ": " + (e.predecessorTitle() == null ? e.predecessorElementId() : e.predecessorTitle()),
                "STATED".equals(e.basis()) ? Labels.citation(e.citation()) : e.inferredFrom(),
                "/editions/" + e.strategyId() + "#el-" + e.elementId(),
                "/editions/" + e.predecessorStrategyId() + "#el-" + e.predecessorElementId(),
                editions(e.editionStatus(), e.predecessorEditionStatus()), AnnotationItem.of(e.annotations()))).toList());
        Live.show(model, permissions.live("/api/activity/stream",
                "/editions/" + strategyId + "/elements/" + elementId + "/lineage", false), position);
        return "lineage";
    }

    private static String numbered(String fullNumber, String number) {
        return fullNumber != null ? fullNumber : number;
    }

    /** "supporting: draft", "supported: superseded", both, or null when both ends are adopted (or external). */
    private static String editions(String from, String to) {
        List<String> marks = new ArrayList<>();
        if (from != null && !"ADOPTED".equals(from)) {
            marks.add("supporting edition " + Labels.words(from).toLowerCase(Locale.ROOT));
        }
        if (to != null && !"ADOPTED".equals(to)) {
            marks.add("supported edition " + Labels.words(to).toLowerCase(Locale.ROOT));
        }
        return marks.isEmpty() ? null : String.join("; ", marks);
    }

    private Map<String, StrategySummaryView> byId() {
        return reads.editions().stream().collect(Collectors.toMap(StrategySummaryView::strategyId, e -> e));
    }
}
