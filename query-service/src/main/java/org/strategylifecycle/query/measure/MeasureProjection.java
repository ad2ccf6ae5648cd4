package org.strategylifecycle.query.measure;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.strategylifecycle.api.measure.MeasureActualRecorded;
import org.strategylifecycle.api.measure.MeasureTargetSet;
import org.strategylifecycle.query.projection.BatchedWriter;
import org.strategylifecycle.query.projection.ReadModel;
import org.strategylifecycle.query.projection.Recorded;
import org.strategylifecycle.query.projection.TableWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * The measure readings read model: every target set and actual recorded, in the order recorded, a
 * restatement beside what it restates. Read through {@link MeasureReadings}, by the measures' reader
 * and the editions'.
 */
@Component
@ProcessingGroup(BatchedWriter.GROUP)
public class MeasureProjection extends ReadModel<MeasureProjection.Batch> {

    static final String NAME = "measures";
    public static final List<String> TABLES = List.of("measure_reading");

    private final TableWriter tables;

    MeasureProjection(BatchedWriter writer, TableWriter tables) {
        super(NAME, TABLES, writer);
        this.tables = tables;
    }

    @Override
    protected Batch newBatch() {
        return new Batch();
    }

    @EventHandler
    void on(MeasureTargetSet e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(m, r, null, b -> b.readings.add(new ReadingRow(e.strategyId(), r.sequenceNumber(),
                e.elementId(), ReadingRow.Kind.TARGET, e.period(), e.value(), e.text(), e.replaced(), e.change().effectiveDate(),
                r.recordedAt())));
    }

    @EventHandler
    void on(MeasureActualRecorded e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(m, r, null, b -> b.readings.add(new ReadingRow(e.strategyId(), r.sequenceNumber(),
                e.elementId(), ReadingRow.Kind.ACTUAL, e.period(), e.value(), e.text(), e.restated(), e.change().effectiveDate(),
                r.recordedAt())));
    }

    /** A unit of work's readings, appended with COPY: each is keyed on its event. */
    final class Batch implements ReadModel.Batch {
        private final List<ReadingRow> readings = new ArrayList<>();

        @Override
        public void write() {
            tables.copy("""
                            copy query.measure_reading (strategy_id, sequence_number, element_id, reading, period, value,
                                text, replaces, effective_date, recorded_at) from stdin""",
                    readings, (row, r) -> row.add(r.strategyId()).add(r.sequenceNumber()).add(r.elementId())
                            .add(r.kind().name()).add(r.period()).add(r.value() == null ? null : r.value().toPlainString())
                            .add(r.text()).add(r.replaces()).add(r.effectiveDate()).add(r.recordedAt()));
        }
    }
}
