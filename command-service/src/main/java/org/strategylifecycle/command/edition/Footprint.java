package org.strategylifecycle.command.edition;

/**
 * What an edition's parts hold on the heap, about: the weights that bound the edition cache by
 * memory rather than by count (an edition grows with its elements, readings and texts). Calibrated
 * against the sizes JOL measures (EditionFootprintTest holds each estimate within a third of them).
 */
final class Footprint {

    /** The edition with its members, maps and indexes, empty. */
    static final long EDITION = 1_000;
    /** An element without its texts: the object, its two reading maps, its entry and its place among its siblings. */
    static final long ELEMENT = 560;
    /** A reading: the record, its number, its map entry. */
    static final long READING = 110;
    /** An alignment in force, with its day, its count and its id. */
    static final long ALIGNMENT = 300;
    /** A lineage or alignment id ever recorded. */
    static final long LINK_ID = 110;
    /** An annotation without its texts. */
    static final long ANNOTATION = 200;
    /** An element's external identifier and its entry. */
    static final long EXTERNAL_ID = 100;
    /** A keyed request remembered: its user and key, the request's hash, the entry (summed from those parts, not measured). */
    static final long REQUEST = 320;

    private Footprint() {
    }

    /** A text at two bytes a character, as Java holds any with a character beyond Latin-1, and the string around it. */
    static long text(String text) {
        return text == null ? 0 : 40 + 2L * text.length();
    }
}
