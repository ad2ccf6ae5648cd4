package org.strategylifecycle.command.line;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.api.line.EditionJoinedLine;
import org.strategylifecycle.api.line.EstablishStrategyLine;
import org.strategylifecycle.api.line.StrategyLineEstablished;
import org.strategylifecycle.api.line.SupersessionRecorded;
import org.strategylifecycle.command.edition.Texts;
import org.strategylifecycle.command.idempotency.RemembersRequests;
import org.strategylifecycle.command.idempotency.RequestsSeen;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A strategy line: its editions and which supersedes which. Guards the one invariant that spans
 * editions: supersession stays within the line and never closes a cycle.
 */
@Aggregate(cache = "strategyLineCache")
public class StrategyLine implements RemembersRequests {

    @AggregateIdentifier
    private String lineId;
    private final Map<String, Period> editions = new HashMap<>();
    /** older edition id → the edition that superseded it */
    private final Map<String, String> supersededBy = new HashMap<>();
    @AggregateMember
    private final RequestsSeen requestsSeen = new RequestsSeen();

    protected StrategyLine() {
        // for Axon: rebuilt from events
    }

    StrategyLine(EstablishStrategyLine command) {
        Texts.change(command.change(), false);
        Texts.id("lineId", command.lineId());
        apply(new StrategyLineEstablished(command.lineId(),
                Texts.required("title", command.title(), Texts.TITLE_MAX),
                Texts.required("organizationCode", command.organizationCode(), Texts.LABEL_MAX), command.change()));
    }

    @Override
    public RequestsSeen requestsSeen() {
        return requestsSeen;
    }

    void join(String strategyId, Period period, Change change) {
        apply(new EditionJoinedLine(lineId, strategyId, period, change));
    }

    void recordSupersession(String older, String newer, LinkProvenance provenance, Change change) {
        for (String e = newer; e != null; e = supersededBy.get(e)) {
            if (e.equals(older)) {
                throw new StrategyException(ErrorCode.SUPERSESSION_CYCLE, "line " + lineId + " would become cyclic");
            }
        }
        if (!editions.containsKey(older) || !editions.containsKey(newer)) {
            throw new StrategyException(ErrorCode.NOT_IN_SAME_LINE, "both editions must belong to line " + lineId);
        }
        apply(new SupersessionRecorded(lineId, older, newer, provenance, change));
    }

    @EventSourcingHandler
    void on(StrategyLineEstablished event) {
        lineId = event.lineId();
    }

    @EventSourcingHandler
    void on(EditionJoinedLine event) {
        editions.put(event.strategyId(), event.period());
    }

    @EventSourcingHandler
    void on(SupersessionRecorded event) {
        supersededBy.put(event.supersededStrategyId(), event.supersedingStrategyId());
    }
}
