package app.staffroom.base;

import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/** Work that must follow a transaction's commit, and never a rollback. */
public final class AfterCommit {

    private AfterCommit() {
    }

    /**
     * Runs {@code action} when the current reactive transaction commits; at once when the pipeline runs
     * outside a transaction. Never runs when the transaction rolls back.
     */
    public static Mono<Void> run(Runnable action) {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .filter(TransactionSynchronizationManager::isSynchronizationActive)
                .doOnNext(transaction -> transaction.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public Mono<Void> afterCommit() {
                        return Mono.fromRunnable(action);
                    }
                }))
                .onErrorResume(NoTransactionException.class, outside -> Mono.empty())
                .switchIfEmpty(Mono.fromRunnable(action).then(Mono.empty()))
                .then();
    }
}
