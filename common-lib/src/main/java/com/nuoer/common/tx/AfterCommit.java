package com.nuoer.common.tx;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work that must only happen once the current transaction has committed (wake a worker, call another service). */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs {@code action} after the commit of the current transaction (one must be active: IllegalStateException). */
    public static void run(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
