package org.strategylifecycle.query.config;

import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Axon's transaction manager over Spring's, each transaction it starts inside another being a
 * savepoint (PROPAGATION_NESTED). Axon's own commits or rolls back only a transaction it began, so
 * it would leave a savepoint open, and a failed step would spoil the whole transaction; this one
 * also releases or rolls back its savepoints.
 */
final class SavepointTransactionManager extends SpringTransactionManager {

    private final PlatformTransactionManager transactions;

    SavepointTransactionManager(PlatformTransactionManager transactions) {
        super(transactions, new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED));
        this.transactions = transactions;
    }

    @Override
    protected void commitTransaction(TransactionStatus status) {
        if (status.hasSavepoint() && !status.isCompleted()) {
            transactions.commit(status);
        } else {
            super.commitTransaction(status);
        }
    }

    @Override
    protected void rollbackTransaction(TransactionStatus status) {
        if (status.hasSavepoint() && !status.isCompleted()) {
            transactions.rollback(status);
        } else {
            super.rollbackTransaction(status);
        }
    }
}
