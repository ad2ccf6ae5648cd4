package org.strategylifecycle.query.dashboard.change;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.query.dashboard.DashboardReads;
import org.strategylifecycle.query.dashboard.Labels;
import org.strategylifecycle.query.dashboard.Live;
import org.strategylifecycle.query.dashboard.Permissions;
import org.strategylifecycle.query.edition.StrategySummaryView;
import org.strategylifecycle.query.history.ChangeView;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * The history of an edition, or of one element: a timeline of changes with who, when effective, when
 * recorded, why and from which source, revisions and corrections told apart, and each changed field
 * before and after with the words that changed marked. For auditors and admins (PageSecurity).
 */
@Controller
class HistoryPages {

    private static final int PAGE_SIZE = 100;

    private final DashboardReads reads;
    private final Permissions permissions;

    HistoryPages(DashboardReads reads, Permissions permissions) {
        this.reads = reads;
        this.permissions = permissions;
    }

    public record Entry(ChangeView change, boolean correction, String event, String subject, String elementUrl,
                        String source, String recorded, List<FieldChange> fields) {
    }

    @GetMapping("/editions/{strategyId}/history")
    String edition(@PathVariable String strategyId, @RequestParam(required = false) String cursor, Model model) {
        return history(strategyId, null, cursor, model);
    }

    @GetMapping("/editions/{strategyId}/elements/{elementId}/history")
    String element(@PathVariable String strategyId, @PathVariable String elementId,
                   @RequestParam(required = false) String cursor, Model model) {
        return history(strategyId, elementId, cursor, model);
    }

    private String history(String strategyId, String elementId, String cursor, Model model) {
        StrategySummaryView edition = reads.edition(strategyId);
        if (elementId != null && !reads.elementExists(strategyId, elementId)) {
            throw new StrategyException(ErrorCode.ELEMENT_NOT_FOUND, "edition " + strategyId + " has no element " + elementId);
        }
        DashboardReads.HistorySlice changes = reads.history(strategyId, elementId, cursor, PAGE_SIZE);
        List<Entry> entries = changes.changes().stream().map(c -> entry(c, strategyId)).toList();
        String self = "/editions/" + strategyId + (elementId == null ? "" : "/elements/" + elementId) + "/history";
        model.addAttribute("edition", edition);
        model.addAttribute("elementId", elementId);
        model.addAttribute("subject", elementId == null ? null : entries.stream().map(Entry::subject)
                .filter(s -> s != null && !s.isBlank()).reduce((a, b) -> b).orElse(elementId));
        model.addAttribute("entries", entries);
        model.addAttribute("firstPage", cursor != null ? self : null);
        model.addAttribute("nextPage", changes.next() != null
                ? UriComponentsBuilder.fromPath(self).queryParam("cursor", changes.next()).build().encode().toUriString() : null);
        Live.show(model, permissions.live("/api/strategies/" + strategyId + "/changes",
                cursor == null ? self : UriComponentsBuilder.fromPath(self).queryParam("cursor", cursor).build().encode().toUriString(),
                false), changes.position());
        return "history";
    }

    private static Entry entry(ChangeView c, String strategyId) {
        JsonNode content = c.after() != null ? c.after() : c.before();
        String subject = content == null ? null
                : Labels.numbered(text(content, "number"), text(content, "title") != null ? text(content, "title") : text(content, "text"));
        String url = c.elementId() == null ? null : "/editions/" + strategyId + "#el-" + c.elementId();
        return new Entry(c, "CORRECTION".equals(c.kind()), Labels.event(c.event()),
                c.elementId() == null ? null : subject, url, Labels.citation(c.source()), Labels.time(c.recordedAt()),
                FieldChange.of(c.before(), c.after()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }
}
