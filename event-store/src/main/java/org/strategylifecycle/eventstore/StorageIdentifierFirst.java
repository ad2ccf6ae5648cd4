package org.strategylifecycle.eventstore;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToRetrieveIdentifierException;
import org.axonframework.lifecycle.Phase;
import org.springframework.context.SmartLifecycle;

/**
 * Makes sure the token store's storage identifier exists before any event processor asks for it.
 *
 * <p>Axon's {@code JdbcTokenStore} creates that identifier, a row of the token table, the first time it is
 * asked. Instances that start at once on a fresh database all find the row missing and all insert it; every
 * one but the winner gets a primary-key violation, reported as {@link UnableToRetrieveIdentifierException},
 * and its processors never start (AxonFramework#4802, fixed after 4.13.0). Asked here first, each time in a
 * transaction of its own, a loser asks again and reads the row the winner committed. PostgreSQL makes the
 * loser's insert wait for the winner's commit, so one more attempt is enough; a third covers a winner that
 * rolled back.
 */
public final class StorageIdentifierFirst implements SmartLifecycle {

    private static final int ATTEMPTS = 3;

    private final TokenStore tokens;
    private final TransactionManager transactions;
    private volatile String identifier;

    public StorageIdentifierFirst(TokenStore tokens, TransactionManager transactions) {
        this.tokens = tokens;
        this.transactions = transactions;
    }

    @Override
    public void start() {
        for (int attempt = 1; ; attempt++) {
            try {
                identifier = transactions.fetchInTransaction(() -> tokens.retrieveStorageIdentifier().orElse(""));
                return;
            } catch (UnableToRetrieveIdentifierException lostTheRace) {
                if (attempt == ATTEMPTS) {
                    throw lostTheRace;
                }
            }
        }
    }

    /** The identifier read at start, empty for a store that keeps none; null before start. */
    public String identifier() {
        return identifier;
    }

    @Override
    public void stop() {
        // Nothing to release; the identifier stays in the token table.
    }

    @Override
    public boolean isRunning() {
        return identifier != null;
    }

    /** Just before Axon starts the event processors, after the database is migrated and the store built. */
    @Override
    public int getPhase() {
        return Phase.INBOUND_EVENT_CONNECTORS - 1;
    }
}
