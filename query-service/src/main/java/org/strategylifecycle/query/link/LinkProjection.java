package org.strategylifecycle.query.link;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.strategylifecycle.api.alignment.AlignmentRemoved;
import org.strategylifecycle.api.alignment.ObjectiveAligned;
import org.strategylifecycle.api.lineage.LineageLinked;
import org.strategylifecycle.api.strategy.StrategySuperseded;
import org.strategylifecycle.query.projection.BatchedWriter;
import org.strategylifecycle.query.projection.ReadModel;
import org.strategylifecycle.query.projection.Recorded;
import org.strategylifecycle.query.projection.TableWriter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.strategylifecycle.query.projection.TableWriter.date;
import static org.strategylifecycle.query.projection.TableWriter.json;
import static org.strategylifecycle.query.projection.TableWriter.text;

/**
 * The links read model: every alignment, lineage link and supersession, with the day it took effect
 * and, for an alignment, the day it was removed. Read by {@link LinkReader}.
 */
@Component
@ProcessingGroup(BatchedWriter.GROUP)
public class LinkProjection extends ReadModel<LinkProjection.Batch> {

    static final String NAME = "links";
    public static final List<String> TABLES = List.of("link");

    private final TableWriter tables;

    LinkProjection(BatchedWriter writer, TableWriter tables) {
        super(NAME, TABLES, writer);
        this.tables = tables;
    }

    @Override
    protected Batch newBatch() {
        return new Batch();
    }

    @EventHandler
    void on(ObjectiveAligned e, DomainEventMessage<?> m) {
        apply(m, Recorded.of(m, e.change()), null, b -> b.links.add(LinkRow.alignment(e)));
    }

    @EventHandler
    void on(LineageLinked e, DomainEventMessage<?> m) {
        apply(m, Recorded.of(m, e.change()), null, b -> b.links.add(LinkRow.lineage(e)));
    }

    @EventHandler
    void on(StrategySuperseded e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(m, r, null, b -> b.links.add(LinkRow.supersession(e, r.sequenceNumber())));
    }

    @EventHandler
    void on(AlignmentRemoved e, DomainEventMessage<?> m) {
        apply(m, Recorded.of(m, e.change()), null,
                b -> b.removals.add(new Removal(e.strategyId(), e.alignmentId(), e.change().effectiveDate())));
    }


    record Removal(String strategyId, String linkId, LocalDate removedOn) {
    }

    /** A unit of work's new links and removals, written in that order (a link removed in the batch that made it is removed). */
    final class Batch implements ReadModel.Batch {
        private final List<LinkRow> links = new ArrayList<>();
        private final List<Removal> removals = new ArrayList<>();

        @Override
        public void write() {
            tables.batch("""
                            insert into query.link (strategy_id, link_id, link_type, element_id, target_strategy_id,
                                target_element_id, target_document, target_number, target_text, relation, basis, citation,
                                inferred_from, effective_date)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                            on conflict do nothing""",
                    links, (ps, l) -> {
                        text(ps, 1, l.strategyId());
                        text(ps, 2, l.linkId());
                        text(ps, 3, l.type().name());
                        text(ps, 4, l.elementId());
                        text(ps, 5, l.targetStrategyId());
                        text(ps, 6, l.targetElementId());
                        text(ps, 7, l.targetDocument());
                        text(ps, 8, l.targetNumber());
                        text(ps, 9, l.targetText());
                        text(ps, 10, l.relation());
                        text(ps, 11, l.provenance().basis().name());
                        text(ps, 12, json(l.provenance().citation()));
                        text(ps, 13, l.provenance().inferredFrom());
                        date(ps, 14, l.effectiveDate());
                    });
            tables.batch("update query.link set removed_on = ? where strategy_id = ? and link_id = ?",
                    removals, (ps, r) -> {
                        date(ps, 1, r.removedOn());
                        text(ps, 2, r.strategyId());
                        text(ps, 3, r.linkId());
                    });
        }
    }
}
