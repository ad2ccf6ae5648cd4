package org.strategylifecycle.query.projection;

import java.util.List;

/**
 * A read model of the {@value BatchedWriter#GROUP} processing group: one use's tables and the
 * events that shape them. Each is a component in its own package with its own event handlers, its
 * own table writer and its own reader; its handlers queue what an event does through
 * {@link BatchedWriter}, which applies the events of a unit of work together, in the transaction that
 * also stores the processor's token.
 *
 * @param <B> its batch: the rows one unit of work's events change, written once at the commit
 */
public interface ReadModel<B extends ReadModel.Batch> {

    /** What a rebuild of this read model alone names ({@code POST /api/admin/projections/editions/rebuild?readModel=}). */
    String name();

    /** The tables it owns in schema {@code query}: a rebuild empties them, and only its package reads them. */
    List<String> tables();

    /** A new, empty batch. */
    B newBatch();

    /** The rows one unit of work's events read and change. */
    interface Batch {

        /**
         * Before any event is applied: loads the rows the events read, as each one named them when
         * it was queued ({@link BatchedWriter#apply}), in as few queries as it can.
         */
        default void load(List<Object> reads) {
        }

        /** After every event was applied: writes each changed table once. */
        void write();
    }
}
