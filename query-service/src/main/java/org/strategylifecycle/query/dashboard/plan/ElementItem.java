package org.strategylifecycle.query.dashboard.plan;

import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.query.dashboard.Labels;
import org.strategylifecycle.query.edition.ElementView;
import org.strategylifecycle.query.edition.ReadingView;
import org.strategylifecycle.query.provenance.ProvenanceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An element as the edition page shows it: its words, status, provenance and links, and its members
 * sorted into the parts of the plan below it (mission areas or objectives), its initiatives, desired
 * outcomes and measures. {@code level} is its heading level on the page.
 */
public record ElementItem(
        String elementId,
        String typeLabel,
        String number,
        String title,
        String text,
        String overview,
        String status,
        String statusLabel,
        Provenance provenance,
        String latestReadings,
        String historyUrl,
        String lineageUrl,
        int level,
        List<AnnotationItem> annotations,
        List<ElementItem> parts,
        List<ElementItem> initiatives,
        List<ElementItem> outcomes,
        List<ElementItem> measures) {

    /** Stated (with its citation) or not cited (with the rationale it was recorded with); a correction says so. */
    public record Provenance(boolean stated, String citation, String basis, boolean correction) {
    }

    public String heading() {
        return Labels.numbered(number, title != null ? title : text);
    }

    /** The text under the heading, unless the heading is the text already. */
    public String body() {
        return title != null ? text : null;
    }

    /** Links an element has: its history for those who may see it, its lineage for everyone. */
    public interface Links {
        String history(String elementId);

        String lineage(String elementId);
    }

    public static ElementItem of(ElementView e, int level, Map<String, ProvenanceView> provenance, Links links) {
        List<ElementItem> parts = new ArrayList<>();
        List<ElementItem> initiatives = new ArrayList<>();
        List<ElementItem> outcomes = new ArrayList<>();
        List<ElementItem> measures = new ArrayList<>();
        Function<ElementView, ElementItem> member = m -> of(m, Math.min(level + 1, 6), provenance, links);
        for (ElementView m : e.members()) {
            switch (m.type()) {
                case INITIATIVE -> initiatives.add(member.apply(m));
                case OUTCOME -> outcomes.add(member.apply(m));
                case MEASURE -> measures.add(member.apply(m));
                default -> parts.add(member.apply(m));
            }
        }
        return new ElementItem(e.elementId(), e.type() == ElementType.STATEMENT && e.label() != null ? e.label()
                : Labels.type(e.type()), e.number(), e.title(), e.text(), e.overview(), status(e.status()),
                Labels.words(status(e.status())), provenance(provenance.get(e.elementId())), readings(e),
                links.history(e.elementId()), links.lineage(e.elementId()), level, AnnotationItem.of(e.annotations()),
                parts, initiatives, outcomes, measures);
    }

    private static String status(ElementStatus status) {
        return status == null ? "" : status.name();
    }

    private static Provenance provenance(ProvenanceView view) {
        if (view == null) {
            return null;
        }
        boolean correction = "CORRECTION".equals(view.kind());
        return view.stated()
                ? new Provenance(true, Labels.citation(view.citation()), null, correction)
                : new Provenance(false, null, view.rationale(), correction);
    }

    /** "FY2024: target 95, actual 93 (%)" for the latest period with a reading, or null without any. */
    private static String readings(ElementView e) {
        if (e.type() != ElementType.MEASURE) {
            return null;
        }
        ReadingView target = last(e.targets());
        ReadingView actual = last(e.actuals());
        if (target == null && actual == null) {
            return "No targets or actuals recorded.";
        }
        StringBuilder text = new StringBuilder("Latest: ");
        if (target != null) {
            text.append(target.period()).append(" target ").append(value(target));
        }
        if (actual != null) {
            text.append(target != null ? "; " : "").append(actual.period()).append(" actual ").append(value(actual));
        }
        if (e.unit() != null) {
            text.append(" (").append(e.unit()).append(')');
        }
        return text.toString();
    }

    private static ReadingView last(List<ReadingView> readings) {
        return readings.isEmpty() ? null : readings.get(readings.size() - 1);
    }

    static String value(ReadingView reading) {
        return reading.value() != null ? reading.value().stripTrailingZeros().toPlainString() : reading.text();
    }
}
