package org.strategylifecycle.query.diff;

import io.swagger.v3.oas.annotations.media.Schema;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.query.annotation.AnnotationView;

import java.time.LocalDate;
import java.util.List;

/**
 * What changed from one state of a plan to another: two editions of a line, or one edition at two
 * dates. Elements are paired by lineage link first. Within one edition then by id, number, title;
 * across two editions by title, then text, then id or number only where the wording is alike (see
 * {@code Differ}). {@code pairedBy} says which; unpaired elements are ADDED or REMOVED. Each side of an
 * entry carries the annotations on that element in its state, so a chosen reading shows in the diff.
 */
public record DiffView(Side from, Side to, List<Entry> changes) {

    @Schema(name = "DiffSide")
    public record Side(String strategyId, String title, LocalDate asOf) {
    }

    @Schema(name = "DiffElement")
    public record Element(String elementId, String number, String title, String text, String parentNumber, String status,
                          List<AnnotationView> annotations) {
    }

    public enum Kind { ADDED, REMOVED, REWORDED, RENUMBERED, MOVED, RETIRED }

    @Schema(name = "DiffEntry")
    public record Entry(ElementType type, List<Kind> kinds, String pairedBy, Element before, Element after) {
    }
}
