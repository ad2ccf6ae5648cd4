package org.strategylifecycle.query.dashboard.plan;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.strategylifecycle.query.dashboard.DashboardReads;
import org.strategylifecycle.query.dashboard.Labels;
import org.strategylifecycle.query.dashboard.Live;
import org.strategylifecycle.query.dashboard.Permissions;
import org.strategylifecycle.query.edition.StrategySummaryView;
import org.strategylifecycle.query.measure.MeasureView;

import java.util.List;

/** An edition's measures: targets and actuals per period as a chart and a table, restatements shown. */
@Controller
class MeasuresPage {

    private final DashboardReads reads;
    private final Permissions permissions;

    MeasuresPage(DashboardReads reads, Permissions permissions) {
        this.reads = reads;
        this.permissions = permissions;
    }

    public record Measure(MeasureView measure, String statusLabel, MeasureChart chart) {
    }

    @GetMapping("/editions/{strategyId}/measures")
    String measures(@PathVariable String strategyId, Model model) {
        long position = reads.position();
        StrategySummaryView edition = reads.edition(strategyId);
        List<Measure> measures = reads.measures(strategyId).stream()
                .map(m -> new Measure(m, Labels.words(m.status()), MeasureChart.of(m))).toList();
        model.addAttribute("edition", edition);
        model.addAttribute("measures", measures);
        model.addAttribute("withReadings", measures.stream().filter(m -> !m.chart().rows().isEmpty()).count());
        String self = "/editions/" + strategyId + "/measures";
        Live.show(model, permissions.live("/api/strategies/" + strategyId + "/changes", self, false), position);
        return "measures";
    }
}
