package org.strategylifecycle.query.dashboard.change;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.strategylifecycle.query.dashboard.DashboardReads;
import org.strategylifecycle.query.dashboard.Labels;
import org.strategylifecycle.query.dashboard.Live;
import org.strategylifecycle.query.dashboard.Permissions;
import org.strategylifecycle.query.diff.DiffView;
import org.strategylifecycle.query.edition.StrategySummaryView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Two editions side by side ({@code from}, {@code to}), or one edition at two dates ({@code from} =
 * {@code to}, with {@code fromAsOf} and {@code toAsOf}): what was kept (and how it changed: reworded
 * word by word, renumbered, moved, retired), removed and added, and how each pair was found.
 */
@Controller
class ComparePage {

    private final DashboardReads reads;
    private final Permissions permissions;

    ComparePage(DashboardReads reads, Permissions permissions) {
        this.reads = reads;
        this.permissions = permissions;
    }

    public record Pair(DiffView.Entry entry, String typeLabel, String before, String after, List<String> kinds,
                       String pairedBy, List<WordDiff.Segment> wording, String beforeUrl, String afterUrl) {
    }

    @GetMapping("/compare")
    String compare(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) LocalDate fromAsOf, @RequestParam(required = false) LocalDate toAsOf,
                   Model model) {
        long position = reads.position();
        List<StrategySummaryView> editions = reads.editions();
        model.addAttribute("editions", editions);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("fromAsOf", fromAsOf == null ? "" : fromAsOf.toString());
        model.addAttribute("toAsOf", toAsOf == null ? "" : toAsOf.toString());
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            model.addAttribute("diff", null);
            Live.show(model, permissions.live("/api/activity/stream", "/compare", true), position);
            return "compare";
        }
        DiffView diff = reads.compare(from, to, fromAsOf, toAsOf);
        List<Pair> kept = new ArrayList<>();
        List<Pair> removed = new ArrayList<>();
        List<Pair> added = new ArrayList<>();
        Map<DiffView.Kind, Integer> counts = new EnumMap<>(DiffView.Kind.class);
        for (DiffView.Entry e : diff.changes()) {
            e.kinds().forEach(k -> counts.merge(k, 1, Integer::sum));
            Pair pair = pair(e, diff);
            if (e.before() == null) {
                added.add(pair);
            } else if (e.after() == null) {
                removed.add(pair);
            } else {
                kept.add(pair);
            }
        }
        String self = UriComponentsBuilder.fromPath("/compare").queryParam("from", from).queryParam("to", to)
                .queryParamIfPresent("fromAsOf", Optional.ofNullable(fromAsOf))
                .queryParamIfPresent("toAsOf", Optional.ofNullable(toAsOf)).build().encode().toUriString();
        model.addAttribute("diff", diff);
        model.addAttribute("fromLabel", side(diff.from()));
        model.addAttribute("toLabel", side(diff.to()));
        model.addAttribute("counts", counts);
        model.addAttribute("kept", kept);
        model.addAttribute("removed", removed);
        model.addAttribute("added", added);
        Live.show(model, permissions.live("/api/activity/stream", self, false), position);
        return "compare";
    }

    private static Pair pair(DiffView.Entry e, DiffView diff) {
        List<WordDiff.Segment> wording = e.before() != null && e.after() != null && e.kinds().contains(DiffView.Kind.REWORDED)
                ? WordDiff.diff(words(e.before()), words(e.after())) : null;
        return new Pair(e, Labels.type(e.type()), e.before() == null ? null : describe(e.before()),
                e.after() == null ? null : describe(e.after()),
                e.kinds().stream().map(k -> Labels.words(k.name())).toList(), pairedBy(e.pairedBy()), wording,
                e.before() == null ? null : url(diff.from(), e.before()), e.after() == null ? null : url(diff.to(), e.after()));
    }

    private static String words(DiffView.Element e) {
        return e.title() != null && e.text() != null ? e.title() + " — " + e.text() : e.title() != null ? e.title() : e.text();
    }

    private static String describe(DiffView.Element e) {
        return Labels.numbered(e.number(), e.title() != null ? e.title() : e.text());
    }

    private static String url(DiffView.Side side, DiffView.Element e) {
        return "/editions/" + side.strategyId() + (side.asOf() == null ? "" : "?asOf=" + side.asOf()) + "#el-" + e.elementId();
    }

    private static String side(DiffView.Side side) {
        return side.title() + (side.asOf() == null ? " (now)" : " (as of " + Labels.date(side.asOf()) + ")");
    }

    /** How the two were found to be one element, in words. */
    static String pairedBy(String pairedBy) {
        if (pairedBy == null) {
            return null;
        }
        return switch (pairedBy.toUpperCase(Locale.ROOT)) {
            case "LINEAGE" -> "a lineage link";
            case "TITLE" -> "the same title";
            case "TEXT" -> "the same text";
            case "ID" -> "the same id";
            case "NUMBER" -> "the same number";
            default -> pairedBy.toLowerCase(Locale.ROOT);
        };
    }
}
