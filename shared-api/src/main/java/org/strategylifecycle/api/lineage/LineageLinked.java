package org.strategylifecycle.api.lineage;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.common.LinkProvenance;

/** An element of the edition was linked to the element of an earlier edition it derives from or replaces. */
@Revision("1")
public record LineageLinked(
        String strategyId,
        String lineageId,
        String elementId,
        ElementRef predecessor,
        LineageRelation relation,
        LinkProvenance provenance,
        Change change) {
}
