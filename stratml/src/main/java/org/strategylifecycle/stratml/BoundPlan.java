package org.strategylifecycle.stratml;

import jakarta.xml.bind.Binder;
import org.strategylifecycle.stratml.types.PerformancePlanOrReport;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/**
 * A valid StratML document as the Java types generated from the Part 2 schema
 * ({@code org.strategylifecycle.stratml.types}, built by xjc into target/), kept bound to the parsed
 * document for the one thing the types do not carry: the {@code slc-meta} processing instructions
 * this service's export writes into a {@code Value} or {@code Stakeholder} (ADR 20).
 */
public final class BoundPlan {

    private final PerformancePlanOrReport plan;
    private final Binder<Node> binder;

    BoundPlan(PerformancePlanOrReport plan, Binder<Node> binder) {
        this.plan = plan;
        this.binder = binder;
    }

    public PerformancePlanOrReport plan() {
        return plan;
    }

    /** The data of the first processing instruction {@code target} directly inside {@code bound}'s element, or null. */
    public String processingInstruction(Object bound, String target) {
        for (Node n = binder.getXMLNode(bound).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof ProcessingInstruction pi && target.equals(pi.getTarget())) {
                return pi.getData();
            }
        }
        return null;
    }
}
