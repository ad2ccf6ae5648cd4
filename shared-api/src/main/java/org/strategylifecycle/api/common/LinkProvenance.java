package org.strategylifecycle.api.common;

/**
 * The provenance of a link between plans or elements (supersession, alignment, lineage).
 * A stated link cites the document that states it; an inferred one says what it is inferred from.
 */
public record LinkProvenance(LinkBasis basis, Citation citation, String inferredFrom) {

    public static LinkProvenance stated(Citation citation) {
        return new LinkProvenance(LinkBasis.STATED, citation, null);
    }

    public static LinkProvenance inferred(String inferredFrom) {
        return new LinkProvenance(LinkBasis.INFERRED, null, inferredFrom);
    }
}
