package uk.gov.vigil.transfer.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.TestClockConfiguration;
import uk.gov.vigil.transfer.domain.ImportJob;
import uk.gov.vigil.transfer.domain.ImportJobState;
import uk.gov.vigil.transfer.domain.ImportJobs;

/**
 * A job whose instance stopped is failed once its heartbeat is ten minutes old; a job still beating is left alone,
 * and a runner that comes back to a job failed meanwhile cannot change it. ({@code StaleImportJobs}, which calls
 * this every minute, is switched off in the tests so that it does not fail other tests' jobs as the test clock
 * jumps.)
 */
@Import(TestClockConfiguration.class)
class StaleImportJobsIT extends IntegrationTestBase {

    @Autowired
    MutableClock clock;

    @Autowired
    BulkImport imports;

    @Autowired
    ImportJobs jobs;

    VigilUser supervisor;

    @BeforeEach
    void aSupervisor() {
        clock.set(TestClockConfiguration.START.plusSeconds(ThreadLocalRandom.current().nextInt(1, 1_000) * 300L));
        String username = "it.stale.supervisor." + ThreadLocalRandom.current().nextInt(10_000_000);
        users.createIfAbsent(username, "Importing supervisor", "NFK", EnumSet.of(Role.SUPERVISOR), PASSWORD);
        supervisor = users.find(username).orElseThrow();
    }

    private ImportJob running() {
        ImportJob job = imports.queue("stale-" + ThreadLocalRandom.current().nextInt(10_000_000), "jsonl", 100,
                supervisor);
        ImportJob running = job.moveTo(ImportJobState.RUNNING, clock.instant(), null);
        assertThat(jobs.update(running)).isTrue();
        return running;
    }

    @Test
    void aJobWithoutAHeartbeatForTenMinutesFailsAndCannotBeRevived() {
        ImportJob stopped = running();
        ImportJob queuedBehind = imports.queue("stale-q-" + ThreadLocalRandom.current().nextInt(10_000_000), "jsonl",
                100, supervisor);
        clock.advance(Duration.ofMinutes(6));
        ImportJob alive = running();
        imports.touch(List.of(queuedBehind.id()));
        clock.advance(Duration.ofMinutes(5));

        imports.failStale(Duration.ofMinutes(10));

        ImportJob failed = jobs.find(stopped.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(ImportJobState.FAILED);
        assertThat(failed.failure()).contains("instance running this import stopped", "same source");
        assertThat(jobs.find(alive.id()).orElseThrow().state()).isEqualTo(ImportJobState.RUNNING);
        assertThat(jobs.find(queuedBehind.id()).orElseThrow().state()).isEqualTo(ImportJobState.QUEUED);

        assertThat(jobs.update(stopped.moveTo(ImportJobState.FINISHED, clock.instant(), null))).isFalse();
        assertThat(jobs.find(stopped.id()).orElseThrow().state()).isEqualTo(ImportJobState.FAILED);
    }
}
