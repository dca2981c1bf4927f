package uk.gov.vigil.audit.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.UserDirectory;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.audit.domain.AuditEvent;
import uk.gov.vigil.audit.domain.AuditEvents;
import uk.gov.vigil.audit.domain.AuditEvents.AuditQuery;
import uk.gov.vigil.audit.domain.ChainVerification;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.shared.Violations;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;
import uk.gov.vigil.shared.audit.AuditOutcome;

/**
 * Questions about the audit trail: who consulted an offender's record, and what a user did, between two dates.
 * Auditors may ask about anyone; supervisors about their own agency's offenders and users. Every question is
 * itself audited, and an export as a disclosure.
 */
@Service
public class AuditService {

    /** The most rows one answer holds; narrow the dates for more. */
    public static final int MAX_ROWS = 5_000;

    private static final int VERIFY_PAGE = 5_000;

    /** How long an alarm recorded in the trail is shown to those who look after it. */
    private static final Duration ALERTS_SHOWN_FOR = Duration.ofDays(7);

    private final AuditEvents events;
    private final AuditLog audit;
    private final OffenderService offenders;
    private final UserDirectory users;
    private final AuditFailureAlarm alarm;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    AuditService(AuditEvents events, AuditLog audit, OffenderService offenders, UserDirectory users,
            AuditFailureAlarm alarm, PlatformTransactionManager transactions, Clock clock) {
        this.events = events;
        this.audit = audit;
        this.offenders = offenders;
        this.users = users;
        this.alarm = alarm;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        // One snapshot for the whole walk: a purge or an append meanwhile would otherwise look like a broken chain.
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** What to ask: events about one offender, or by one user, or both, on the dates from and to, inclusive (UTC). */
    public record Question(UUID offenderId, String username, LocalDate from, LocalDate to) {

        /** The audit trail's record of this question: about an offender, or else about a user. */
        AuditObject object() {
            return offenderId != null ? AuditObject.of("audit-query", "offender:" + offenderId, offenderId)
                    : AuditObject.of("audit-query", "user:" + username);
        }
    }

    /** The events answering a question, oldest first, and whether there were more than {@link #MAX_ROWS}. */
    public record Answer(List<AuditEvent> events, boolean truncated) {
    }

    @Transactional(readOnly = true)
    public Answer ask(Question question, VigilUser user) {
        Answer answer = answer(question, user);
        audit.allowed(user, AuditAction.AUDIT_QUERIED, question.object(), null);
        return answer;
    }

    /** The same answer, for a download; recorded as a disclosure to the user's agency. */
    @Transactional(readOnly = true)
    public Answer export(Question question, VigilUser user) {
        Answer answer = answer(question, user);
        audit.record(user, AuditAction.AUDIT_EXPORTED, question.object(), AuditOutcome.ALLOWED, answer.events().size() + " rows", user.agencyCode());
        return answer;
    }

    /** Checks the whole hash chain. */
    public ChainVerification verify(VigilUser user) {
        if (!user.can(Permission.AUDIT_VERIFY)) {
            throw new AccessDeniedException("Your role cannot check the audit trail");
        }
        ChainVerification result = verify();
        audit.allowed(user, AuditAction.AUDIT_CHAIN_VERIFIED, AuditObject.of("audit-trail", null), outcome(result));
        return result;
    }

    /**
     * Checks the whole hash chain, in one snapshot of the database, and raises the alarm if it is broken. The
     * command line calls this directly, as nobody is signed in there.
     */
    public ChainVerification verify() {
        ChainVerification result = snapshot.execute(status -> ChainVerification.of(events, VERIFY_PAGE));
        alarm.chainChecked(result);
        return result;
    }

    /** The scheduled check: recorded in the trail as Vigil's own, so the trail shows the checks were made. */
    ChainVerification verifyOnSchedule() {
        ChainVerification result = verify();
        audit.allowed(AuditTrail.SYSTEM, AuditAction.AUDIT_CHAIN_VERIFIED, AuditObject.of("audit-trail", null),
                outcome(result));
        return result;
    }

    private static String outcome(ChainVerification result) {
        return result.intact() ? "intact" : "broken at row " + result.brokenAt();
    }

    /** Something about the audit trail that those who look after it must know. */
    public record Alert(Instant at, String message) {
    }

    /**
     * For users who may check the chain, the alarms the trail holds from the last {@link #ALERTS_SHOWN_FOR}, newest
     * first: the windows when writes failed, and the last scheduled check that found the chain broken. Everyone
     * else gets none. (While writes fail, the pages that would show this fail closed too; the health check and the
     * log carry that alarm.)
     */
    public List<Alert> alerts(VigilUser user) {
        if (!user.can(Permission.AUDIT_VERIFY)) {
            return List.of();
        }
        List<Alert> alerts = new ArrayList<>();
        Instant now = clock.instant();
        AuditEvent lastBroken = null;
        for (AuditEvent e : events.find(new AuditQuery(null, AuditTrail.SYSTEM.username(), null,
                EnumSet.of(AuditAction.AUDIT_FAILURE_RECORDED, AuditAction.AUDIT_CHAIN_VERIFIED),
                now.minus(ALERTS_SHOWN_FOR), now.plusMillis(1), MAX_ROWS))) {
            if (e.action() == AuditAction.AUDIT_FAILURE_RECORDED) {
                alerts.add(new Alert(e.occurredAt(), "The audit trail could not be written for a while: "
                        + e.reason() + ". The work those writes recorded was refused."));
            } else if (e.reason() != null && e.reason().startsWith("broken")) {
                lastBroken = e;
            }
        }
        if (lastBroken != null) {
            alerts.add(new Alert(lastBroken.occurredAt(), "The scheduled check at " + lastBroken.occurredAt()
                    + " found the audit trail's hash chain " + lastBroken.reason() + ". Treat it as a possible"
                    + " security incident."));
        }
        alerts.sort(Comparator.comparing(Alert::at).reversed());
        return alerts;
    }

    private Answer answer(Question q, VigilUser user) {
        Violations v = new Violations();
        if (q.offenderId() == null && (q.username() == null || q.username().isBlank())) {
            v.add("offenderId", "give an offender id or a username (or both)");
        }
        v.require("from", q.from(), "is required: a date, YYYY-MM-DD");
        v.require("to", q.to(), "is required: a date, YYYY-MM-DD");
        if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
            v.add("to", "must not be before from");
        }
        v.throwIfAny();
        if (!user.can(Permission.AUDIT_READ)) {
            String refusal = mayAskAboutOwnAgency(q, user);
            if (refusal != null) {
                throw new AccessDeniedException(refusal);
            }
        }
        List<AuditEvent> found = events.find(new AuditQuery(q.offenderId(), blankToNull(q.username()), null, null,
                q.from().atStartOfDay().toInstant(ZoneOffset.UTC),
                q.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), MAX_ROWS + 1));
        boolean truncated = found.size() > MAX_ROWS;
        return new Answer(truncated ? found.subList(0, MAX_ROWS) : found, truncated);
    }

    /** Why a supervisor may not ask this, or null if they may. */
    private String mayAskAboutOwnAgency(Question q, VigilUser user) {
        if (!user.can(Permission.AUDIT_READ_AGENCY)) {
            return "Your role cannot read the audit trail";
        }
        if (q.offenderId() != null) {
            Map<OffenderId, Management> managed = offenders.managementWithoutAccessCheck(
                    List.of(new OffenderId(q.offenderId())));
            Management m = managed.get(new OffenderId(q.offenderId()));
            if (m == null || !user.agencyCode().equals(m.managingAgency())) {
                return "You can ask only about offenders your agency manages";
            }
        }
        if (q.username() != null && !q.username().isBlank() && !users.find(q.username())
                .map(u -> u.agencyCode().equals(user.agencyCode())).orElse(false)) {
            return "You can ask only about users of your own agency";
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
