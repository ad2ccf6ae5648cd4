package org.strategylifecycle.query.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.strategylifecycle.support.web.RequestId;
import org.strategylifecycle.support.web.Unavailable;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The one writer the read models share: their handlers say what an event does to their rows, and it
 * is applied with the other events of the processor's unit of work, at its commit, in its transaction
 * ({@link EventBatch}). All read models are in one processing group, {@value #GROUP}: the event store is
 * read once for all of them, and one token says how far every one of them is.
 * <p>
 * A read model is rebuilt alone by a reset of the group whose reset context is its name: its reset
 * handler empties its tables ({@link #reset}), and while the replay repeats the events it had, only that
 * model applies them, without the idempotency probe; the others have them already and skip them.
 */
@Component
public class BatchedWriter {

    /** The processing group of every read model (and the name its token, dead letters and metrics carry). */
    public static final String GROUP = "editions";
    private static final Logger LOG = LoggerFactory.getLogger(BatchedWriter.class);
    private static final String BATCH = EventBatch.class.getName();

    private final TableWriter tables;
    private final DataSource dataSource;
    /** Aggregates whose last batch failed: their events are applied one at a time until one commits. */
    private final Set<String> suspects = ConcurrentHashMap.newKeySet();
    private final AtomicLong resets = new AtomicLong();

    BatchedWriter(TableWriter tables, DataSource dataSource) {
        this.tables = tables;
        this.dataSource = dataSource;
    }

    /**
     * Queues what an event does to one read model in the batch of the current unit of work, applied and
     * written when it commits; outside a unit of work (a direct call) the event is applied and written at once.
     * {@code reads} names the rows the change reads (the model's {@link ReadModel.Batch#load} fetches them
     * before any event is applied), or is null.
     * <p>
     * An event that cannot be applied fails its batch at commit, and Axon retries the batch. Before
     * it does, the failed batch's aggregates become suspects: on the retry each event of a suspect is
     * applied on its own, at once, in a savepoint, and one that fails throws from its handler, where
     * Axon's dead-letter queue parks it (and, from then on, every later event of its aggregate),
     * while the savepoint leaves the batch's other work intact. A database that is out of reach is
     * not the event's fault: it fails the batch instead, to be retried whole.
     */
    @SuppressWarnings("unchecked")
    <B extends ReadModel.Batch> void apply(ReadModel<B> model, EventMessage<?> message, Recorded r, Object reads,
                                                 Consumer<B> change) {
        String rebuilt = ReplayToken.isReplay(message)
                ? ReplayToken.replayContext(message, String.class).orElse(null) : null;
        if (rebuilt != null && !rebuilt.equals(model.name())) {
            return; // another read model is being rebuilt: this one has the event already
        }
        EventBatch.Pending pending = new EventBatch.Pending(model, r, reads, (Consumer<ReadModel.Batch>) change,
                rebuilt == null);
        if (!CurrentUnitOfWork.isStarted()) {
            EventBatch batch = new EventBatch(tables.jdbc());
            batch.add(pending);
            batch.flush();
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        EventBatch batch = unitOfWork.getOrComputeResource(BATCH, key -> {
            EventBatch created = new EventBatch(tables.jdbc());
            unitOfWork.onPrepareCommit(u -> {
                try {
                    created.flush();
                } catch (RuntimeException e) {
                    if (!Unavailable.isUnavailable(e)) {
                        Set<String> aggregates = created.aggregates();
                        LOG.warn("a batch of events for {} aggregates failed ({}); they are retried one event at a time",
                                aggregates.size(), rootCause(e));
                        suspects.addAll(aggregates);
                    }
                    throw e;
                }
            });
            return created;
        });
        if (!suspects.contains(r.aggregateId())) {
            batch.add(pending);
            return;
        }
        SuspectEvent suspect = unitOfWork.getOrComputeResource(BATCH + '#' + r.aggregateId() + '#' + r.sequenceNumber(),
                k -> new SuspectEvent(r));
        if (suspect.skipped()) {
            return;
        }
        try {
            EventBatch alone = new EventBatch(tables.jdbc());
            alone.add(new EventBatch.Pending(model, r, reads, (Consumer<ReadModel.Batch>) change, false));
            alone.flush();
            unitOfWork.afterCommit(u -> suspects.remove(r.aggregateId()));
        } catch (RuntimeException e) {
            if (Unavailable.isUnavailable(e)) {
                batch.fail(e);
                return;
            }
            suspect.undo();
            unitOfWork.afterCommit(u -> suspects.remove(r.aggregateId()));
            try (RequestId.Scope ignored = RequestId.inMdc(
                    message == null ? null : message.getMetaData().get(RequestId.KEY))) {
                LOG.error("event {} of {} at position {} cannot be applied and is parked (read model {}): {}",
                        r.sequenceNumber(), r.aggregateId(), r.globalIndex(), model.name(), rootCause(e));
            }
            throw e;
        }
    }

    /**
     * An event of a suspect aggregate, applied on its own: every read model's share of it at once, or
     * none. Its first handler asks whether it was applied before (later handlers would find the rows an
     * earlier one wrote) and marks where the event's writes begin; a share that fails undoes the
     * event's writes back to that mark and throws, so that the event is parked whole and applies whole
     * when it is retried.
     */
    private final class SuspectEvent {
        private final boolean applied;
        private final ConnectionHolder connection;
        private final Savepoint start;
        private boolean failed;

        SuspectEvent(Recorded r) {
            EventBatch probe = new EventBatch(tables.jdbc());
            this.applied = probe.applied(r);
            this.connection = (ConnectionHolder) TransactionSynchronizationManager.getResource(dataSource);
            try {
                this.start = connection.createSavepoint();
            } catch (SQLException e) {
                throw new CannotCreateTransactionException("no savepoint for a suspect event", e);
            }
        }

        boolean skipped() {
            return applied || failed;
        }

        void undo() {
            failed = true;
            try {
                connection.getConnection().rollback(start);
            } catch (SQLException e) {
                throw new CannotCreateTransactionException("cannot undo a suspect event's writes", e);
            }
        }
    }

    /**
     * What a read model's reset handler does: a reset of the whole group ({@code context} null) or of
     * this model alone (its name) empties its tables, in the transaction that resets the token.
     */
    void reset(ReadModel<?> model, Object context) {
        if (context == null || model.name().equals(context)) {
            resets.incrementAndGet();
            tables.truncate(model.tables());
        }
    }

    /**
     * How many times this process has emptied a read model: what was read from the read models before
     * a reset may not be what they hold after it, though no edition's version moved.
     */
    public long resets() {
        return resets.get();
    }

    static String rootCause(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
