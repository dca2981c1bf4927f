package uk.gov.vigil.audit.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.gov.vigil.audit.domain.ChainVerification;

/**
 * The alarm for audit logging failures (CJIS AU-5) and a broken hash chain (AU-9; checklist 16, 17). Each instance
 * keeps it in memory, because while writes fail the database may be out of reach. It logs an ERROR marked
 * {@value #MARKER} once per incident, and a WARN with the same marker when writes recover; the health indicator
 * reports it, and keeps reporting it for {@code vigil.audit.alarm-hold} after the incident ends.
 */
@Component
class AuditFailureAlarm {

    /** The word every alarm log line starts with, for log monitoring to match. */
    static final String MARKER = "AUDIT_FAILURE";

    private static final Logger log = LoggerFactory.getLogger(AuditFailureAlarm.class);

    /**
     * A time when audit writes failed.
     *
     * @param failedWrites events that could not be written, each refusing the work it recorded
     * @param cause        the exception class of the first failure (its message may quote data, so it is not kept)
     * @param recoveredAt  when a write next succeeded, or null while writes still fail
     */
    record WriteIncident(Instant firstFailure, Instant lastFailure, long failedWrites, String cause,
            Instant recoveredAt) {

        boolean failing() {
            return recoveredAt == null;
        }

        /** For the trail and the log; no personal data. */
        String summary() {
            return failedWrites + " audit writes failed from " + firstFailure + " to " + lastFailure + " (" + cause
                    + ")";
        }
    }

    /**
     * The hash chain found broken.
     *
     * @param current whether the last check still found it broken
     */
    record ChainBreak(long brokenAt, String problem, Instant firstFound, Instant lastFound, boolean current) {
    }

    /** What the alarm shows now: each part null if there is nothing to show. */
    record Report(WriteIncident writes, ChainBreak chain, Instant lastChainCheck) {

        boolean raised() {
            return writes != null || chain != null;
        }
    }

    private final Clock clock;
    private final Duration hold;

    /** Lets a successful write skip the lock when all is well, which is nearly always. */
    private volatile boolean incidentOpen;
    /** Failing, or recovered but not yet recorded in the trail. */
    private WriteIncident open;
    private WriteIncident lastRecorded;
    private ChainBreak chainBreak;
    private Instant lastChainCheck;

    AuditFailureAlarm(Clock clock, AuditProperties properties) {
        this.clock = clock;
        this.hold = properties.alarmHold();
    }

    synchronized void writeFailed(int events, RuntimeException cause) {
        Instant now = clock.instant();
        if (open == null) {
            open = new WriteIncident(now, now, events, cause.getClass().getName(), null);
            incidentOpen = true;
            log.error("{} write-failed: the audit trail could not be written ({}); work that must be audited is"
                    + " refused until it can be", MARKER, open.cause());
        } else {
            open = new WriteIncident(open.firstFailure(), now, open.failedWrites() + events, open.cause(), null);
        }
    }

    /** After a successful write: the incident it ends, once, for the trail to record. */
    Optional<WriteIncident> writeSucceeded() {
        if (!incidentOpen) {
            return Optional.empty();
        }
        synchronized (this) {
            if (open == null || !open.failing()) {
                return Optional.empty();
            }
            open = new WriteIncident(open.firstFailure(), open.lastFailure(), open.failedWrites(), open.cause(),
                    clock.instant());
            log.warn("{} recovered: {}; writes succeed again since {}", MARKER, open.summary(), open.recoveredAt());
            return Optional.of(open);
        }
    }

    /** The trail now holds the incident, unless writes failed again meanwhile. */
    synchronized void recorded(WriteIncident incident) {
        if (open == incident) {
            lastRecorded = incident;
            open = null;
            incidentOpen = false;
        }
    }

    synchronized void chainChecked(ChainVerification result) {
        Instant now = clock.instant();
        lastChainCheck = now;
        if (result.intact()) {
            if (chainBreak != null && chainBreak.current()) {
                chainBreak = new ChainBreak(chainBreak.brokenAt(), chainBreak.problem(), chainBreak.firstFound(),
                        chainBreak.lastFound(), false);
            }
        } else if (chainBreak == null || !chainBreak.current() || chainBreak.brokenAt() != result.brokenAt()) {
            chainBreak = new ChainBreak(result.brokenAt(), result.problem(), now, now, true);
            log.error("{} chain-broken: the audit trail's hash chain is broken at row {}: {}", MARKER,
                    result.brokenAt(), result.problem());
        } else {
            chainBreak = new ChainBreak(chainBreak.brokenAt(), chainBreak.problem(), chainBreak.firstFound(), now,
                    true);
        }
    }

    synchronized Report report() {
        Instant now = clock.instant();
        WriteIncident writes = open != null ? open
                : lastRecorded != null && now.isBefore(lastRecorded.recoveredAt().plus(hold)) ? lastRecorded : null;
        ChainBreak chain = chainBreak != null
                && (chainBreak.current() || now.isBefore(chainBreak.lastFound().plus(hold))) ? chainBreak : null;
        return new Report(writes, chain, lastChainCheck);
    }
}
