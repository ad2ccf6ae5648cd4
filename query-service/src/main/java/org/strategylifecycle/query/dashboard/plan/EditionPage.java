package org.strategylifecycle.query.dashboard.plan;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.strategylifecycle.query.dashboard.DashboardReads;
import org.strategylifecycle.query.dashboard.Labels;
import org.strategylifecycle.query.dashboard.Live;
import org.strategylifecycle.query.dashboard.Permissions;
import org.strategylifecycle.query.dashboard.TimeParameters;
import org.strategylifecycle.query.edition.EditionView;
import org.strategylifecycle.query.edition.ElementView;
import org.strategylifecycle.query.edition.StrategySummaryView;
import org.strategylifecycle.query.link.LineView;
import org.strategylifecycle.query.summary.EditionSummaries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One edition, now or as it stood on a date ({@code asOf}) as the service had recorded it at a time
 * ({@code knownAt}): its statements under their printed labels, its goal tree with each element's
 * status and provenance, its summary, and a time control. The address is the view: it can be shared.
 */
@Controller
class EditionPage {

    private final DashboardReads reads;
    private final Permissions permissions;

    EditionPage(DashboardReads reads, Permissions permissions) {
        this.reads = reads;
        this.permissions = permissions;
    }

    @GetMapping("/editions/{strategyId}")
    String edition(@PathVariable String strategyId, @RequestParam(required = false) LocalDate asOf,
                   @RequestParam(required = false, name = "knownAt") String knownAtParameter, Model model) {
        Instant knownAt = TimeParameters.knownAt(knownAtParameter);
        StrategySummaryView current = reads.edition(strategyId);
        EditionView view = reads.edition(current, asOf, knownAt);
        var provenance = reads.provenance(strategyId, asOf, knownAt);
        String base = "/editions/" + strategyId;
        String historyPath = base + "/history";
        boolean history = permissions.mayRead(historyPath);
        ElementItem.Links links = new ElementItem.Links() {
            @Override
            public String history(String elementId) {
                return history ? base + "/elements/" + elementId + "/history" : null;
            }

            @Override
            public String lineage(String elementId) {
                return base + "/elements/" + elementId + "/lineage";
            }
        };
        List<StrategySummaryView> all = reads.editions();
        Map<String, List<ElementItem>> statements = new LinkedHashMap<>();
        for (ElementView s : view.statements()) {
            statements.computeIfAbsent(s.label() != null ? s.label() : Labels.words(s.kind()), k -> new java.util.ArrayList<>())
                    .add(ElementItem.of(s, 3, provenance, links));
        }
        Optional<LineView> line = current.lineId() == null ? Optional.empty()
                : reads.lines(all).stream().filter(l -> l.lineId().equals(current.lineId())).findFirst();
        String self = UriComponentsBuilder.fromPath(base).queryParamIfPresent("asOf", Optional.ofNullable(asOf))
                .queryParamIfPresent("knownAt", Optional.ofNullable(knownAtParameter).filter(v -> !v.isBlank()))
                .build().encode().toUriString();
        model.addAttribute("edition", view.strategy());
        model.addAttribute("editionNotes", AnnotationItem.of(view.annotations()));
        StrategySummaryView.Supersession supersession = view.strategy().supersession();
        model.addAttribute("supersededByTitle", supersession == null ? null : all.stream()
                .filter(e -> e.strategyId().equals(supersession.supersededBy())).map(StrategySummaryView::title)
                .findFirst().orElse(supersession.supersededBy()));
        model.addAttribute("supersessionDetail", supersession == null ? null
                : supersession.provenance().citation() != null && supersession.provenance().inferredFrom() == null
                ? Labels.citation(supersession.provenance().citation()) : supersession.provenance().inferredFrom());
        model.addAttribute("current", current);
        model.addAttribute("view", TimeView.of(asOf, knownAt));
        model.addAttribute("asOf", asOf == null ? "" : asOf.toString());
        model.addAttribute("knownAt", TimeParameters.field(knownAt));
        model.addAttribute("statements", statements);
        model.addAttribute("goals", view.goals().stream().map(g -> ElementItem.of(g, 3, provenance, links)).toList());
        model.addAttribute("summary", EditionSummaries.of(view));
        model.addAttribute("lineage", LineFacts.of(current, line, all));
        model.addAttribute("historyUrl", history ? historyPath : null);
        Live.show(model, permissions.live("/api/strategies/" + strategyId + "/changes", self, knownAt != null), view.position());
        return "edition";
    }
}
