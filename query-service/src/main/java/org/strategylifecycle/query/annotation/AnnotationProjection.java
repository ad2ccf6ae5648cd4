package org.strategylifecycle.query.annotation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.strategylifecycle.api.annotation.AnnotationRecorded;
import org.strategylifecycle.api.annotation.AnnotationRevised;
import org.strategylifecycle.api.annotation.AnnotationWithdrawn;
import org.strategylifecycle.query.projection.BatchedWriter;
import org.strategylifecycle.query.projection.ReadModel;
import org.strategylifecycle.query.projection.Recorded;
import org.strategylifecycle.query.projection.TableWriter;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.strategylifecycle.query.projection.TableWriter.date;
import static org.strategylifecycle.query.projection.TableWriter.json;
import static org.strategylifecycle.query.projection.TableWriter.text;

/**
 * The notes read model: every annotation as last recorded or revised, and the day it was withdrawn.
 * Read by {@link AnnotationReader}; what a note said as of a date is folded from its history rows.
 */
@Component
@ProcessingGroup(BatchedWriter.GROUP)
public class AnnotationProjection extends ReadModel<AnnotationProjection.Batch> {

    static final String NAME = "annotations";
    public static final List<String> TABLES = List.of("annotation");

    private final TableWriter tables;

    AnnotationProjection(BatchedWriter writer, TableWriter tables) {
        super(NAME, TABLES, writer);
        this.tables = tables;
    }

    @Override
    protected Batch newBatch() {
        return new Batch();
    }

    @EventHandler
    void on(AnnotationRecorded e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        noted(m, r, e.strategyId(), AnnotationView.of(e, r.recordedAt()));
    }

    @EventHandler
    void on(AnnotationRevised e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        noted(m, r, e.strategyId(), AnnotationView.of(e, r.recordedAt()));
    }

    @EventHandler
    void on(AnnotationWithdrawn e, DomainEventMessage<?> m) {
        apply(m, Recorded.of(m, e.change()), null, b -> b.withdrawals.add(
                new Withdrawal(e.strategyId(), e.annotationId(), e.change().effectiveDate())));
    }


    private void noted(DomainEventMessage<?> m, Recorded r, String strategyId, AnnotationView note) {
        apply(m, r, null, b -> b.notes.add(new NoteRow(strategyId, note)));
    }

    record NoteRow(String strategyId, AnnotationView note) {
    }

    record Withdrawal(String strategyId, String annotationId, LocalDate withdrawnOn) {
    }

    /**
     * A unit of work's notes, upserted in event order (a revision in the same batch lands after its
     * recording), then its withdrawals: a withdrawal is always a note's last event.
     */
    final class Batch implements ReadModel.Batch {
        private final List<NoteRow> notes = new ArrayList<>();
        private final List<Withdrawal> withdrawals = new ArrayList<>();

        @Override
        public void write() {
            tables.batch("""
                            insert into query.annotation (strategy_id, annotation_id, subject_kind, subject_id, field,
                                uncertainty, alternatives, chosen_reading, reason, effective_date, recorded_at)
                            values (?, ?, ?, ?, ?, ?, cast(? as json), ?, ?, ?, ?)
                            on conflict (strategy_id, annotation_id) do update set uncertainty = excluded.uncertainty,
                                alternatives = excluded.alternatives, chosen_reading = excluded.chosen_reading,
                                reason = excluded.reason, effective_date = excluded.effective_date,
                                recorded_at = excluded.recorded_at""",
                    notes, (ps, row) -> {
                        AnnotationView n = row.note();
                        text(ps, 1, row.strategyId());
                        text(ps, 2, n.annotationId());
                        text(ps, 3, n.subject().kind().name());
                        text(ps, 4, n.subject().id());
                        text(ps, 5, n.subject().field());
                        text(ps, 6, n.uncertainty());
                        text(ps, 7, json(n.alternatives()));
                        text(ps, 8, n.chosenReading());
                        text(ps, 9, n.reason());
                        date(ps, 10, n.effectiveDate());
                        ps.setTimestamp(11, Timestamp.from(n.recordedAt()));
                    });
            tables.batch("update query.annotation set withdrawn_on = ? where strategy_id = ? and annotation_id = ?",
                    withdrawals, (ps, w) -> {
                        date(ps, 1, w.withdrawnOn());
                        text(ps, 2, w.strategyId());
                        text(ps, 3, w.annotationId());
                    });
        }
    }
}
