package org.strategylifecycle.query.summary;

import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.query.edition.EditionView;
import org.strategylifecycle.query.edition.ElementView;
import org.strategylifecycle.query.edition.ReadingView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Summarises an edition view. Derived from the same view the edition answers, so a summary as of a
 * date or as known at a time agrees with the edition read with the same parameters.
 */
public final class EditionSummaries {

    private EditionSummaries() {
    }

    public static EditionSummaryView of(EditionView edition) {
        Map<ElementType, Map<ElementStatus, Integer>> counts = new EnumMap<>(ElementType.class);
        List<EditionSummaryView.LatestReading> readings = new ArrayList<>();
        int[] measures = {0};
        all(edition).forEach(e -> {
            counts.computeIfAbsent(e.type(), t -> new EnumMap<>(ElementStatus.class)).merge(e.status(), 1, Integer::sum);
            if (e.type() == ElementType.MEASURE) {
                measures[0]++;
                ReadingView target = latest(e.targets());
                ReadingView actual = latest(e.actuals());
                if (target != null || actual != null) {
                    readings.add(new EditionSummaryView.LatestReading(e.elementId(), e.number(), e.title(), e.unit(),
                            target, actual));
                }
            }
        });
        List<EditionSummaryView.Count> list = new ArrayList<>();
        counts.forEach((type, byStatus) -> byStatus.forEach((status, n) -> list.add(new EditionSummaryView.Count(type, status, n))));
        return new EditionSummaryView(edition.strategy(), edition.asOf(), edition.knownAt(), edition.position(), list,
                measures[0], readings);
    }

    /** Every element of the edition, statements first, then the tree depth first in display order. */
    public static Stream<ElementView> all(EditionView edition) {
        return Stream.concat(edition.statements().stream(), edition.goals().stream()).flatMap(EditionSummaries::withMembers);
    }

    private static Stream<ElementView> withMembers(ElementView element) {
        return Stream.concat(Stream.of(element), element.members().stream().flatMap(EditionSummaries::withMembers));
    }

    /** The reading of the latest period (readings carry one per period, the latest recorded). */
    private static ReadingView latest(List<ReadingView> readings) {
        return readings.stream().max(Comparator.comparing(ReadingView::period)).orElse(null);
    }
}
