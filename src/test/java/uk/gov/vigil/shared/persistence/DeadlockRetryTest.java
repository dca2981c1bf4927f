package uk.gov.vigil.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;

class DeadlockRetryTest {

    @Test
    void runsAgainAfterADeadlockAndReturnsWhatTheCommittedAttemptReturned() {
        AtomicInteger runs = new AtomicInteger();
        List<Integer> heard = new ArrayList<>();
        String result = DeadlockRetry.run(3, (attempt, cause) -> heard.add(attempt), () -> {
            if (runs.incrementAndGet() < 3) {
                throw new CannotAcquireLockException("Deadlock detected");
            }
            return "stored on attempt " + runs.get();
        });
        assertThat(result).isEqualTo("stored on attempt 3");
        assertThat(heard).containsExactly(1, 2);
    }

    @Test
    void givesUpAfterTheLastAttemptWithItsFailure() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> DeadlockRetry.run(2, (attempt, cause) -> { }, () -> {
            throw new PessimisticLockingFailureException("deadlock " + runs.incrementAndGet());
        })).isInstanceOf(PessimisticLockingFailureException.class).hasMessage("deadlock 2");
        assertThat(runs).hasValue(2);
    }

    @Test
    void otherFailuresAreNotRunAgain() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> DeadlockRetry.run(5, (attempt, cause) -> { }, () -> {
            runs.incrementAndGet();
            throw new DataIntegrityViolationException("duplicate key");
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(runs).hasValue(1);
    }
}
