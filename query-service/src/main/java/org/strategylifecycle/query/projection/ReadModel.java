package org.strategylifecycle.query.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.replay.ResetContext;

import java.util.List;
import java.util.function.Consumer;

/**
 * A read model of the {@value BatchedWriter#GROUP} processing group: one use's tables and the
 * events that shape them. Each is a component in its own package with its own event handlers, its
 * own rows and its own reader; its handlers say what an event does ({@link #apply}), and
 * {@link BatchedWriter} applies the events of a unit of work together, in the transaction that also
 * stores the processor's token. A reset of the group, or of this model alone, empties its tables.
 *
 * @param <B> its batch: the rows one unit of work's events change, written once at the commit
 */
public abstract class ReadModel<B extends ReadModel.Batch> {

    private final String name;
    private final List<String> tables;
    private final BatchedWriter writer;

    /**
     * @param name   what a rebuild of this read model alone names
     *               ({@code POST /api/admin/projections/editions/rebuild?readModel=})
     * @param tables the tables it owns in schema {@code query}: a rebuild empties them, and only its package reads them
     */
    protected ReadModel(String name, List<String> tables, BatchedWriter writer) {
        this.name = name;
        this.tables = List.copyOf(tables);
        this.writer = writer;
    }

    public final String name() {
        return name;
    }

    public final List<String> tables() {
        return tables;
    }

    /** A new, empty batch. */
    protected abstract B newBatch();

    /**
     * Queues what an event does to this read model's rows, applied with the rest of its unit of work
     * ({@link BatchedWriter#apply}); {@code reads} names the rows the change reads, or is null.
     */
    protected final void apply(EventMessage<?> message, Recorded recorded, Object reads, Consumer<B> change) {
        writer.apply(this, message, recorded, reads, change);
    }

    @ResetHandler
    void reset(ResetContext<?> reset) {
        writer.reset(this, reset.getPayload());
    }

    /** The rows one unit of work's events read and change. */
    public interface Batch {

        /**
         * Before any event is applied: loads the rows the events read, as each one named them when
         * it was queued, in as few queries as it can.
         */
        default void load(List<Object> reads) {
        }

        /** After every event was applied: writes each changed table once. */
        void write();
    }
}
