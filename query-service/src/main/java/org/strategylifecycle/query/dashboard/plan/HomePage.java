package org.strategylifecycle.query.dashboard.plan;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.query.dashboard.DashboardReads;
import org.strategylifecycle.query.dashboard.Labels;
import org.strategylifecycle.query.dashboard.Live;
import org.strategylifecycle.query.dashboard.Permissions;
import org.strategylifecycle.query.edition.StrategySummaryView;
import org.strategylifecycle.query.history.ChangeView;
import org.strategylifecycle.query.link.LineView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every organization's editions by line and period, with their status (or, with {@code asOf}, their
 * status on that date: which edition of a line was in force), supersessions with their provenance,
 * referenced plans marked as such; and, for those who may see history, the activity feed.
 */
@Controller
class HomePage {

    private static final int ACTIVITY = 15;

    private final DashboardReads reads;
    private final Permissions permissions;

    HomePage(DashboardReads reads, Permissions permissions) {
        this.reads = reads;
        this.permissions = permissions;
    }

    /** An edition in a list: its status now, or on the date asked for. */
    public record EditionRow(StrategySummaryView edition, String status, String statusLabel, boolean inForce,
                             String supersededByTitle, LineFacts.Supersession supersession) {
    }

    public record LineGroup(String lineId, String title, List<EditionRow> editions, List<String[]> comparisons) {
    }

    public record OrganizationGroup(Organization organization, List<LineGroup> lines, List<EditionRow> unlined) {
    }

    public record Activity(ChangeView change, String event, String editionTitle, String elementUrl, String recorded) {
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) LocalDate asOf, Model model) {
        long position = reads.position();
        List<StrategySummaryView> editions = reads.editions();
        List<LineView> lines = reads.lines(editions);
        Map<String, StrategySummaryView> byId = editions.stream()
                .collect(Collectors.toMap(StrategySummaryView::strategyId, e -> e));
        Map<String, LineView.Supersession> supersessions = new LinkedHashMap<>();
        lines.forEach(l -> l.supersessions().forEach(s -> supersessions.put(s.supersededStrategyId(), s)));
        Map<String, OrganizationGroup> organizations = new LinkedHashMap<>();
        editions.stream().map(StrategySummaryView::organization)
                .sorted(Comparator.comparing(Organization::name))
                .forEach(o -> organizations.computeIfAbsent(o.code(), c -> new OrganizationGroup(o, new ArrayList<>(), new ArrayList<>())));
        Set<String> inLines = new java.util.HashSet<>();
        for (LineView line : lines) {
            if (line.editions().isEmpty()) {
                continue;
            }
            List<EditionRow> rows = line.editions().stream().map(e -> row(e, asOf, byId, supersessions)).toList();
            List<String[]> comparisons = new ArrayList<>();
            for (int i = 1; i < line.editions().size(); i++) {
                comparisons.add(new String[]{line.editions().get(i - 1).strategyId(), line.editions().get(i).strategyId(),
                        line.editions().get(i - 1).period().label() + " → " + line.editions().get(i).period().label()});
            }
            line.editions().forEach(e -> inLines.add(e.strategyId()));
            String title = line.line() == null ? line.lineId() : line.line().path("title").asString(line.lineId());
            organizations.get(line.editions().get(0).organization().code()).lines()
                    .add(new LineGroup(line.lineId(), title, rows, comparisons));
        }
        editions.stream().filter(e -> !inLines.contains(e.strategyId()))
                .forEach(e -> organizations.get(e.organization().code()).unlined().add(row(e, asOf, byId, supersessions)));
        boolean activity = permissions.mayRead("/api/activity");
        model.addAttribute("organizations", organizations.values().stream()
                .filter(o -> !o.lines().isEmpty() || !o.unlined().isEmpty()).toList());
        model.addAttribute("asOf", asOf == null ? "" : asOf.toString());
        model.addAttribute("asOfLabel", asOf == null ? null : Labels.date(asOf));
        model.addAttribute("activity", activity ? activity(byId) : null);
        Live.show(model, permissions.live("/api/activity/stream", asOf == null ? "/" : "/?asOf=" + asOf, false), position);
        return "home";
    }

    private List<Activity> activity(Map<String, StrategySummaryView> byId) {
        return reads.activity(ACTIVITY).stream().map(c -> {
            StrategySummaryView edition = c.strategyId() == null ? null : byId.get(c.strategyId());
            String url = c.strategyId() == null ? null
                    : "/editions/" + c.strategyId() + (c.elementId() == null ? "" : "#el-" + c.elementId());
            return new Activity(c, Labels.event(c.event()), edition == null ? c.aggregateId() : edition.title(), url,
                    Labels.time(c.recordedAt()));
        }).toList();
    }

    private static EditionRow row(StrategySummaryView e, LocalDate asOf, Map<String, StrategySummaryView> byId,
                                  Map<String, LineView.Supersession> supersessions) {
        String status = asOf == null ? e.status() : statusOn(e, asOf);
        StrategySummaryView successor = e.supersededBy() == null ? null : byId.get(e.supersededBy());
        LineView.Supersession supersession = supersessions.get(e.strategyId());
        boolean ended = asOf == null || (e.endedOn() != null && !e.endedOn().isAfter(asOf));
        return new EditionRow(e, status, statusLabel(status), "ADOPTED".equals(status),
                ended && successor != null ? successor.title() : null,
                ended && supersession != null ? LineFacts.Supersession.of(supersession) : null);
    }

    /** The edition's status on {@code date}, from the dates of its lifecycle as recorded now. */
    static String statusOn(StrategySummaryView e, LocalDate date) {
        if (e.draftedOn() != null && e.draftedOn().isAfter(date)) {
            return "NOT_YET_DRAFTED";
        }
        if (e.adoptedOn() == null || e.adoptedOn().isAfter(date)) {
            return "DRAFT";
        }
        if (e.endedOn() != null && !e.endedOn().isAfter(date)) {
            return e.status();
        }
        return "ADOPTED";
    }

    private static String statusLabel(String status) {
        return "ADOPTED".equals(status) ? "Adopted, in force" : Labels.words(status);
    }
}
