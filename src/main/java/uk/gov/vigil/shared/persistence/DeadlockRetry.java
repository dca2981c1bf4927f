package uk.gov.vigil.shared.persistence;

import java.util.function.Supplier;

import org.springframework.dao.ConcurrencyFailureException;

/**
 * Runs a whole transaction again when the database chose it as a deadlock victim or refused it as a serialisation
 * failure: the database rolled all of it back, so running it again cannot store anything twice. For work that
 * runs concurrently by design, such as an import's parallel batches; H2 can deadlock two such transactions on the
 * table statistics it updates at commit.
 */
public final class DeadlockRetry {

    private DeadlockRetry() {
    }

    /**
     * @param attempts  how many times to run the transaction at most, at least 1
     * @param onRetry   told of each failure that is followed by another attempt
     * @param transaction one whole transaction, which must have no effects outside it
     * @return what the first attempt that committed returned
     * @throws ConcurrencyFailureException the last attempt's, if every attempt failed so
     */
    public static <T> T run(int attempts, RetryListener onRetry, Supplier<T> transaction) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (ConcurrencyFailureException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                onRetry.retrying(attempt, e);
            }
        }
    }

    /** Hears of a failed attempt that will be run again. */
    @FunctionalInterface
    public interface RetryListener {

        void retrying(int failedAttempt, ConcurrencyFailureException cause);
    }
}
